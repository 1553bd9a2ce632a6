# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""TargetingTemplateApi: View, create or update targeting templates."""

from typing import Any, Dict, Literal, Optional, Union, overload

from typing_extensions import Unpack

from pinterest_client._operations import ApiBase, Operation
from pinterest_client.api_client import ApiResponse, AsyncResult, RawResponse, RequestOptions
from pinterest_client.model.targeting_template_create import TargetingTemplateCreate
from pinterest_client.model.targeting_template_get_response_data import TargetingTemplateGetResponseData
from pinterest_client.model.targeting_template_list_response import TargetingTemplateListResponse
from pinterest_client.model.targeting_template_update_request import TargetingTemplateUpdateRequest

_TARGETING_TEMPLATE_LIST: Operation
_TARGETING_TEMPLATE_CREATE: Operation
_TARGETING_TEMPLATE_UPDATE: Operation

class TargetingTemplateApi(ApiBase):
    """View, create or update targeting templates."""
    @overload
    def targeting_template_list(
        self,
        ad_account_id: str,
        *,
        order: Optional[str] = None,
        include_sizing: Optional[bool] = None,
        search_query: Optional[str] = None,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> TargetingTemplateListResponse: ...
    @overload
    def targeting_template_list(
        self,
        ad_account_id: str,
        *,
        order: Optional[str] = None,
        include_sizing: Optional[bool] = None,
        search_query: Optional[str] = None,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[TargetingTemplateListResponse]: ...
    @overload
    def targeting_template_list(
        self,
        ad_account_id: str,
        *,
        order: Optional[str] = None,
        include_sizing: Optional[bool] = None,
        search_query: Optional[str] = None,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def targeting_template_list(
        self,
        ad_account_id: str,
        *,
        order: Optional[str] = None,
        include_sizing: Optional[bool] = None,
        search_query: Optional[str] = None,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[TargetingTemplateListResponse]: ...
    @overload
    def targeting_template_list(
        self,
        ad_account_id: str,
        *,
        order: Optional[str] = None,
        include_sizing: Optional[bool] = None,
        search_query: Optional[str] = None,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[TargetingTemplateListResponse]]: ...
    @overload
    def targeting_template_list(
        self,
        ad_account_id: str,
        *,
        order: Optional[str] = None,
        include_sizing: Optional[bool] = None,
        search_query: Optional[str] = None,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def targeting_template_list(
        self,
        ad_account_id: str,
        *,
        order: Optional[str] = None,
        include_sizing: Optional[bool] = None,
        search_query: Optional[str] = None,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[
        TargetingTemplateListResponse, ApiResponse[TargetingTemplateListResponse], RawResponse, AsyncResult[Any]
    ]: ...
    @overload
    def targeting_template_list_with_http_info(
        self,
        ad_account_id: str,
        *,
        order: Optional[str] = None,
        include_sizing: Optional[bool] = None,
        search_query: Optional[str] = None,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[TargetingTemplateListResponse]: ...
    @overload
    def targeting_template_list_with_http_info(
        self,
        ad_account_id: str,
        *,
        order: Optional[str] = None,
        include_sizing: Optional[bool] = None,
        search_query: Optional[str] = None,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def targeting_template_list_with_http_info(
        self,
        ad_account_id: str,
        *,
        order: Optional[str] = None,
        include_sizing: Optional[bool] = None,
        search_query: Optional[str] = None,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[TargetingTemplateListResponse]]: ...
    @overload
    def targeting_template_list_with_http_info(
        self,
        ad_account_id: str,
        *,
        order: Optional[str] = None,
        include_sizing: Optional[bool] = None,
        search_query: Optional[str] = None,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def targeting_template_list_with_http_info(
        self,
        ad_account_id: str,
        *,
        order: Optional[str] = None,
        include_sizing: Optional[bool] = None,
        search_query: Optional[str] = None,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[TargetingTemplateListResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def targeting_template_create(
        self,
        ad_account_id: str,
        targeting_template_create: Union[TargetingTemplateCreate, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> TargetingTemplateGetResponseData: ...
    @overload
    def targeting_template_create(
        self,
        ad_account_id: str,
        targeting_template_create: Union[TargetingTemplateCreate, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[TargetingTemplateGetResponseData]: ...
    @overload
    def targeting_template_create(
        self,
        ad_account_id: str,
        targeting_template_create: Union[TargetingTemplateCreate, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def targeting_template_create(
        self,
        ad_account_id: str,
        targeting_template_create: Union[TargetingTemplateCreate, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[TargetingTemplateGetResponseData]: ...
    @overload
    def targeting_template_create(
        self,
        ad_account_id: str,
        targeting_template_create: Union[TargetingTemplateCreate, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[TargetingTemplateGetResponseData]]: ...
    @overload
    def targeting_template_create(
        self,
        ad_account_id: str,
        targeting_template_create: Union[TargetingTemplateCreate, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def targeting_template_create(
        self,
        ad_account_id: str,
        targeting_template_create: Union[TargetingTemplateCreate, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[
        TargetingTemplateGetResponseData, ApiResponse[TargetingTemplateGetResponseData], RawResponse, AsyncResult[Any]
    ]: ...
    @overload
    def targeting_template_create_with_http_info(
        self,
        ad_account_id: str,
        targeting_template_create: Union[TargetingTemplateCreate, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[TargetingTemplateGetResponseData]: ...
    @overload
    def targeting_template_create_with_http_info(
        self,
        ad_account_id: str,
        targeting_template_create: Union[TargetingTemplateCreate, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def targeting_template_create_with_http_info(
        self,
        ad_account_id: str,
        targeting_template_create: Union[TargetingTemplateCreate, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[TargetingTemplateGetResponseData]]: ...
    @overload
    def targeting_template_create_with_http_info(
        self,
        ad_account_id: str,
        targeting_template_create: Union[TargetingTemplateCreate, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def targeting_template_create_with_http_info(
        self,
        ad_account_id: str,
        targeting_template_create: Union[TargetingTemplateCreate, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[TargetingTemplateGetResponseData], RawResponse, AsyncResult[Any]]: ...
    @overload
    def targeting_template_update(
        self,
        ad_account_id: str,
        targeting_template_update_request: Union[TargetingTemplateUpdateRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> None: ...
    @overload
    def targeting_template_update(
        self,
        ad_account_id: str,
        targeting_template_update_request: Union[TargetingTemplateUpdateRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[None]: ...
    @overload
    def targeting_template_update(
        self,
        ad_account_id: str,
        targeting_template_update_request: Union[TargetingTemplateUpdateRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def targeting_template_update(
        self,
        ad_account_id: str,
        targeting_template_update_request: Union[TargetingTemplateUpdateRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[None]: ...
    @overload
    def targeting_template_update(
        self,
        ad_account_id: str,
        targeting_template_update_request: Union[TargetingTemplateUpdateRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[None]]: ...
    @overload
    def targeting_template_update(
        self,
        ad_account_id: str,
        targeting_template_update_request: Union[TargetingTemplateUpdateRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def targeting_template_update(
        self,
        ad_account_id: str,
        targeting_template_update_request: Union[TargetingTemplateUpdateRequest, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[None, ApiResponse[None], RawResponse, AsyncResult[Any]]: ...
    @overload
    def targeting_template_update_with_http_info(
        self,
        ad_account_id: str,
        targeting_template_update_request: Union[TargetingTemplateUpdateRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[None]: ...
    @overload
    def targeting_template_update_with_http_info(
        self,
        ad_account_id: str,
        targeting_template_update_request: Union[TargetingTemplateUpdateRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def targeting_template_update_with_http_info(
        self,
        ad_account_id: str,
        targeting_template_update_request: Union[TargetingTemplateUpdateRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[None]]: ...
    @overload
    def targeting_template_update_with_http_info(
        self,
        ad_account_id: str,
        targeting_template_update_request: Union[TargetingTemplateUpdateRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def targeting_template_update_with_http_info(
        self,
        ad_account_id: str,
        targeting_template_update_request: Union[TargetingTemplateUpdateRequest, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[None], RawResponse, AsyncResult[Any]]: ...
