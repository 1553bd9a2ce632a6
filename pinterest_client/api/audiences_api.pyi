# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""AudiencesApi: View, create, or update audiences."""

from typing import Any, Dict, Literal, NoReturn, Optional, Union, overload

from typing_extensions import Unpack

from pinterest_client._operations import ApiBase, Operation
from pinterest_client.api_client import ApiResponse, AsyncResult, RawResponse, RequestOptions
from pinterest_client.model.audience import Audience
from pinterest_client.model.audience_create_custom_request import AudienceCreateCustomRequest
from pinterest_client.model.audience_create_request import AudienceCreateRequest
from pinterest_client.model.audience_update_request import AudienceUpdateRequest
from pinterest_client.model.audiences_list_response import AudiencesListResponse

_AUDIENCES_LIST: Operation
_AUDIENCES_CREATE: Operation
_AUDIENCES_GET: Operation
_AUDIENCES_UPDATE: Operation
_AUDIENCES_CREATE_CUSTOM: Operation

class AudiencesApi(ApiBase):
    """View, create, or update audiences."""
    @overload
    def audiences_list(
        self,
        ad_account_id: str,
        *,
        bookmark: Optional[str] = None,
        order: Optional[str] = None,
        page_size: Optional[int] = None,
        ownership_type: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AudiencesListResponse: ...
    @overload
    def audiences_list(
        self,
        ad_account_id: str,
        *,
        bookmark: Optional[str] = None,
        order: Optional[str] = None,
        page_size: Optional[int] = None,
        ownership_type: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[AudiencesListResponse]: ...
    @overload
    def audiences_list(
        self,
        ad_account_id: str,
        *,
        bookmark: Optional[str] = None,
        order: Optional[str] = None,
        page_size: Optional[int] = None,
        ownership_type: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def audiences_list(
        self,
        ad_account_id: str,
        *,
        bookmark: Optional[str] = None,
        order: Optional[str] = None,
        page_size: Optional[int] = None,
        ownership_type: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[AudiencesListResponse]: ...
    @overload
    def audiences_list(
        self,
        ad_account_id: str,
        *,
        bookmark: Optional[str] = None,
        order: Optional[str] = None,
        page_size: Optional[int] = None,
        ownership_type: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[AudiencesListResponse]]: ...
    @overload
    def audiences_list(
        self,
        ad_account_id: str,
        *,
        bookmark: Optional[str] = None,
        order: Optional[str] = None,
        page_size: Optional[int] = None,
        ownership_type: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def audiences_list(
        self,
        ad_account_id: str,
        *,
        bookmark: Optional[str] = None,
        order: Optional[str] = None,
        page_size: Optional[int] = None,
        ownership_type: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[AudiencesListResponse, ApiResponse[AudiencesListResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def audiences_list_with_http_info(
        self,
        ad_account_id: str,
        *,
        bookmark: Optional[str] = None,
        order: Optional[str] = None,
        page_size: Optional[int] = None,
        ownership_type: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[AudiencesListResponse]: ...
    @overload
    def audiences_list_with_http_info(
        self,
        ad_account_id: str,
        *,
        bookmark: Optional[str] = None,
        order: Optional[str] = None,
        page_size: Optional[int] = None,
        ownership_type: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def audiences_list_with_http_info(
        self,
        ad_account_id: str,
        *,
        bookmark: Optional[str] = None,
        order: Optional[str] = None,
        page_size: Optional[int] = None,
        ownership_type: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[AudiencesListResponse]]: ...
    @overload
    def audiences_list_with_http_info(
        self,
        ad_account_id: str,
        *,
        bookmark: Optional[str] = None,
        order: Optional[str] = None,
        page_size: Optional[int] = None,
        ownership_type: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def audiences_list_with_http_info(
        self,
        ad_account_id: str,
        *,
        bookmark: Optional[str] = None,
        order: Optional[str] = None,
        page_size: Optional[int] = None,
        ownership_type: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[AudiencesListResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def audiences_create(
        self,
        ad_account_id: str,
        audience_create_request: Union[AudienceCreateRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> Audience: ...
    @overload
    def audiences_create(
        self,
        ad_account_id: str,
        audience_create_request: Union[AudienceCreateRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[Audience]: ...
    @overload
    def audiences_create(
        self,
        ad_account_id: str,
        audience_create_request: Union[AudienceCreateRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def audiences_create(
        self,
        ad_account_id: str,
        audience_create_request: Union[AudienceCreateRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[Audience]: ...
    @overload
    def audiences_create(
        self,
        ad_account_id: str,
        audience_create_request: Union[AudienceCreateRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[Audience]]: ...
    @overload
    def audiences_create(
        self,
        ad_account_id: str,
        audience_create_request: Union[AudienceCreateRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def audiences_create(
        self,
        ad_account_id: str,
        audience_create_request: Union[AudienceCreateRequest, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[Audience, ApiResponse[Audience], RawResponse, AsyncResult[Any]]: ...
    @overload
    def audiences_create_with_http_info(
        self,
        ad_account_id: str,
        audience_create_request: Union[AudienceCreateRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[Audience]: ...
    @overload
    def audiences_create_with_http_info(
        self,
        ad_account_id: str,
        audience_create_request: Union[AudienceCreateRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def audiences_create_with_http_info(
        self,
        ad_account_id: str,
        audience_create_request: Union[AudienceCreateRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[Audience]]: ...
    @overload
    def audiences_create_with_http_info(
        self,
        ad_account_id: str,
        audience_create_request: Union[AudienceCreateRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def audiences_create_with_http_info(
        self,
        ad_account_id: str,
        audience_create_request: Union[AudienceCreateRequest, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[Audience], RawResponse, AsyncResult[Any]]: ...
    @overload
    def audiences_get(
        self,
        ad_account_id: str,
        audience_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> Audience: ...
    @overload
    def audiences_get(
        self,
        ad_account_id: str,
        audience_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[Audience]: ...
    @overload
    def audiences_get(
        self,
        ad_account_id: str,
        audience_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def audiences_get(
        self,
        ad_account_id: str,
        audience_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[Audience]: ...
    @overload
    def audiences_get(
        self,
        ad_account_id: str,
        audience_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[Audience]]: ...
    @overload
    def audiences_get(
        self,
        ad_account_id: str,
        audience_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def audiences_get(
        self,
        ad_account_id: str,
        audience_id: str,
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[Audience, ApiResponse[Audience], RawResponse, AsyncResult[Any]]: ...
    @overload
    def audiences_get_with_http_info(
        self,
        ad_account_id: str,
        audience_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[Audience]: ...
    @overload
    def audiences_get_with_http_info(
        self,
        ad_account_id: str,
        audience_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def audiences_get_with_http_info(
        self,
        ad_account_id: str,
        audience_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[Audience]]: ...
    @overload
    def audiences_get_with_http_info(
        self,
        ad_account_id: str,
        audience_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def audiences_get_with_http_info(
        self,
        ad_account_id: str,
        audience_id: str,
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[Audience], RawResponse, AsyncResult[Any]]: ...
    @overload
    def audiences_update(
        self,
        ad_account_id: str,
        audience_id: str,
        audience_update_request: Optional[Union[AudienceUpdateRequest, Dict[str, Any]]] = None,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> Audience: ...
    @overload
    def audiences_update(
        self,
        ad_account_id: str,
        audience_id: str,
        audience_update_request: Optional[Union[AudienceUpdateRequest, Dict[str, Any]]] = None,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[Audience]: ...
    @overload
    def audiences_update(
        self,
        ad_account_id: str,
        audience_id: str,
        audience_update_request: Optional[Union[AudienceUpdateRequest, Dict[str, Any]]] = None,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def audiences_update(
        self,
        ad_account_id: str,
        audience_id: str,
        audience_update_request: Optional[Union[AudienceUpdateRequest, Dict[str, Any]]] = None,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[Audience]: ...
    @overload
    def audiences_update(
        self,
        ad_account_id: str,
        audience_id: str,
        audience_update_request: Optional[Union[AudienceUpdateRequest, Dict[str, Any]]] = None,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[Audience]]: ...
    @overload
    def audiences_update(
        self,
        ad_account_id: str,
        audience_id: str,
        audience_update_request: Optional[Union[AudienceUpdateRequest, Dict[str, Any]]] = None,
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def audiences_update(
        self,
        ad_account_id: str,
        audience_id: str,
        audience_update_request: Optional[Union[AudienceUpdateRequest, Dict[str, Any]]] = None,
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[Audience, ApiResponse[Audience], RawResponse, AsyncResult[Any]]: ...
    @overload
    def audiences_update_with_http_info(
        self,
        ad_account_id: str,
        audience_id: str,
        audience_update_request: Optional[Union[AudienceUpdateRequest, Dict[str, Any]]] = None,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[Audience]: ...
    @overload
    def audiences_update_with_http_info(
        self,
        ad_account_id: str,
        audience_id: str,
        audience_update_request: Optional[Union[AudienceUpdateRequest, Dict[str, Any]]] = None,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def audiences_update_with_http_info(
        self,
        ad_account_id: str,
        audience_id: str,
        audience_update_request: Optional[Union[AudienceUpdateRequest, Dict[str, Any]]] = None,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[Audience]]: ...
    @overload
    def audiences_update_with_http_info(
        self,
        ad_account_id: str,
        audience_id: str,
        audience_update_request: Optional[Union[AudienceUpdateRequest, Dict[str, Any]]] = None,
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def audiences_update_with_http_info(
        self,
        ad_account_id: str,
        audience_id: str,
        audience_update_request: Optional[Union[AudienceUpdateRequest, Dict[str, Any]]] = None,
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[Audience], RawResponse, AsyncResult[Any]]: ...
    @overload
    def audiences_create_custom(
        self,
        ad_account_id: str,
        audience_create_custom_request: Union[AudienceCreateCustomRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> Audience: ...
    @overload
    def audiences_create_custom(
        self,
        ad_account_id: str,
        audience_create_custom_request: Union[AudienceCreateCustomRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[Audience]: ...
    @overload
    def audiences_create_custom(
        self,
        ad_account_id: str,
        audience_create_custom_request: Union[AudienceCreateCustomRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def audiences_create_custom(
        self,
        ad_account_id: str,
        audience_create_custom_request: Union[AudienceCreateCustomRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[Audience]: ...
    @overload
    def audiences_create_custom(
        self,
        ad_account_id: str,
        audience_create_custom_request: Union[AudienceCreateCustomRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[Audience]]: ...
    @overload
    def audiences_create_custom(
        self,
        ad_account_id: str,
        audience_create_custom_request: Union[AudienceCreateCustomRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def audiences_create_custom(
        self,
        ad_account_id: str,
        audience_create_custom_request: Union[AudienceCreateCustomRequest, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[Audience, ApiResponse[Audience], RawResponse, AsyncResult[Any]]: ...
    @overload
    def audiences_create_custom_with_http_info(
        self,
        ad_account_id: str,
        audience_create_custom_request: Union[AudienceCreateCustomRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[Audience]: ...
    @overload
    def audiences_create_custom_with_http_info(
        self,
        ad_account_id: str,
        audience_create_custom_request: Union[AudienceCreateCustomRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def audiences_create_custom_with_http_info(
        self,
        ad_account_id: str,
        audience_create_custom_request: Union[AudienceCreateCustomRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[Audience]]: ...
    @overload
    def audiences_create_custom_with_http_info(
        self,
        ad_account_id: str,
        audience_create_custom_request: Union[AudienceCreateCustomRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def audiences_create_custom_with_http_info(
        self,
        ad_account_id: str,
        audience_create_custom_request: Union[AudienceCreateCustomRequest, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[Audience], RawResponse, AsyncResult[Any]]: ...
    def audiences_insights_category_list(self, *args: Any, **kwargs: Any) -> NoReturn: ...
