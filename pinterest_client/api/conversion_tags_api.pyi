# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""ConversionTagsApi: View, create, or update conversion tags."""

from typing import Any, Dict, Literal, Optional, Union, overload

from typing_extensions import Unpack

from pinterest_client._operations import ApiBase, Operation
from pinterest_client.api_client import ApiResponse, AsyncResult, RawResponse, RequestOptions
from pinterest_client.model.conversion_tag import ConversionTag
from pinterest_client.model.conversion_tag_create import ConversionTagCreate
from pinterest_client.model.conversion_tags_list_response import ConversionTagsListResponse
from pinterest_client.model.conversion_tags_ocpm_eligible_response import ConversionTagsOcpmEligibleResponse
from pinterest_client.model.page_visit_conversion_tags_get_response import PageVisitConversionTagsGetResponse

_CONVERSION_TAGS_LIST: Operation
_CONVERSION_TAGS_CREATE: Operation
_OCPM_ELIGIBLE_CONVERSION_TAGS_GET: Operation
_PAGE_VISIT_CONVERSION_TAGS_GET: Operation
_CONVERSION_TAGS_GET: Operation

class ConversionTagsApi(ApiBase):
    """View, create, or update conversion tags."""
    @overload
    def conversion_tags_list(
        self,
        ad_account_id: str,
        *,
        filter_deleted: Optional[bool] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ConversionTagsListResponse: ...
    @overload
    def conversion_tags_list(
        self,
        ad_account_id: str,
        *,
        filter_deleted: Optional[bool] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[ConversionTagsListResponse]: ...
    @overload
    def conversion_tags_list(
        self,
        ad_account_id: str,
        *,
        filter_deleted: Optional[bool] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def conversion_tags_list(
        self,
        ad_account_id: str,
        *,
        filter_deleted: Optional[bool] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ConversionTagsListResponse]: ...
    @overload
    def conversion_tags_list(
        self,
        ad_account_id: str,
        *,
        filter_deleted: Optional[bool] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[ConversionTagsListResponse]]: ...
    @overload
    def conversion_tags_list(
        self,
        ad_account_id: str,
        *,
        filter_deleted: Optional[bool] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def conversion_tags_list(
        self,
        ad_account_id: str,
        *,
        filter_deleted: Optional[bool] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ConversionTagsListResponse, ApiResponse[ConversionTagsListResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def conversion_tags_list_with_http_info(
        self,
        ad_account_id: str,
        *,
        filter_deleted: Optional[bool] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[ConversionTagsListResponse]: ...
    @overload
    def conversion_tags_list_with_http_info(
        self,
        ad_account_id: str,
        *,
        filter_deleted: Optional[bool] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def conversion_tags_list_with_http_info(
        self,
        ad_account_id: str,
        *,
        filter_deleted: Optional[bool] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[ConversionTagsListResponse]]: ...
    @overload
    def conversion_tags_list_with_http_info(
        self,
        ad_account_id: str,
        *,
        filter_deleted: Optional[bool] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def conversion_tags_list_with_http_info(
        self,
        ad_account_id: str,
        *,
        filter_deleted: Optional[bool] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[ConversionTagsListResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def conversion_tags_create(
        self,
        ad_account_id: str,
        conversion_tag_create: Union[ConversionTagCreate, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ConversionTag: ...
    @overload
    def conversion_tags_create(
        self,
        ad_account_id: str,
        conversion_tag_create: Union[ConversionTagCreate, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[ConversionTag]: ...
    @overload
    def conversion_tags_create(
        self,
        ad_account_id: str,
        conversion_tag_create: Union[ConversionTagCreate, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def conversion_tags_create(
        self,
        ad_account_id: str,
        conversion_tag_create: Union[ConversionTagCreate, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ConversionTag]: ...
    @overload
    def conversion_tags_create(
        self,
        ad_account_id: str,
        conversion_tag_create: Union[ConversionTagCreate, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[ConversionTag]]: ...
    @overload
    def conversion_tags_create(
        self,
        ad_account_id: str,
        conversion_tag_create: Union[ConversionTagCreate, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def conversion_tags_create(
        self,
        ad_account_id: str,
        conversion_tag_create: Union[ConversionTagCreate, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ConversionTag, ApiResponse[ConversionTag], RawResponse, AsyncResult[Any]]: ...
    @overload
    def conversion_tags_create_with_http_info(
        self,
        ad_account_id: str,
        conversion_tag_create: Union[ConversionTagCreate, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[ConversionTag]: ...
    @overload
    def conversion_tags_create_with_http_info(
        self,
        ad_account_id: str,
        conversion_tag_create: Union[ConversionTagCreate, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def conversion_tags_create_with_http_info(
        self,
        ad_account_id: str,
        conversion_tag_create: Union[ConversionTagCreate, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[ConversionTag]]: ...
    @overload
    def conversion_tags_create_with_http_info(
        self,
        ad_account_id: str,
        conversion_tag_create: Union[ConversionTagCreate, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def conversion_tags_create_with_http_info(
        self,
        ad_account_id: str,
        conversion_tag_create: Union[ConversionTagCreate, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[ConversionTag], RawResponse, AsyncResult[Any]]: ...
    @overload
    def ocpm_eligible_conversion_tags_get(
        self,
        ad_account_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ConversionTagsOcpmEligibleResponse: ...
    @overload
    def ocpm_eligible_conversion_tags_get(
        self,
        ad_account_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[ConversionTagsOcpmEligibleResponse]: ...
    @overload
    def ocpm_eligible_conversion_tags_get(
        self,
        ad_account_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def ocpm_eligible_conversion_tags_get(
        self,
        ad_account_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ConversionTagsOcpmEligibleResponse]: ...
    @overload
    def ocpm_eligible_conversion_tags_get(
        self,
        ad_account_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[ConversionTagsOcpmEligibleResponse]]: ...
    @overload
    def ocpm_eligible_conversion_tags_get(
        self,
        ad_account_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def ocpm_eligible_conversion_tags_get(
        self,
        ad_account_id: str,
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[
        ConversionTagsOcpmEligibleResponse,
        ApiResponse[ConversionTagsOcpmEligibleResponse],
        RawResponse,
        AsyncResult[Any],
    ]: ...
    @overload
    def ocpm_eligible_conversion_tags_get_with_http_info(
        self,
        ad_account_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[ConversionTagsOcpmEligibleResponse]: ...
    @overload
    def ocpm_eligible_conversion_tags_get_with_http_info(
        self,
        ad_account_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def ocpm_eligible_conversion_tags_get_with_http_info(
        self,
        ad_account_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[ConversionTagsOcpmEligibleResponse]]: ...
    @overload
    def ocpm_eligible_conversion_tags_get_with_http_info(
        self,
        ad_account_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def ocpm_eligible_conversion_tags_get_with_http_info(
        self,
        ad_account_id: str,
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[ConversionTagsOcpmEligibleResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def page_visit_conversion_tags_get(
        self,
        ad_account_id: str,
        *,
        page_size: Optional[int] = None,
        order: Optional[str] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> PageVisitConversionTagsGetResponse: ...
    @overload
    def page_visit_conversion_tags_get(
        self,
        ad_account_id: str,
        *,
        page_size: Optional[int] = None,
        order: Optional[str] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[PageVisitConversionTagsGetResponse]: ...
    @overload
    def page_visit_conversion_tags_get(
        self,
        ad_account_id: str,
        *,
        page_size: Optional[int] = None,
        order: Optional[str] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def page_visit_conversion_tags_get(
        self,
        ad_account_id: str,
        *,
        page_size: Optional[int] = None,
        order: Optional[str] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[PageVisitConversionTagsGetResponse]: ...
    @overload
    def page_visit_conversion_tags_get(
        self,
        ad_account_id: str,
        *,
        page_size: Optional[int] = None,
        order: Optional[str] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[PageVisitConversionTagsGetResponse]]: ...
    @overload
    def page_visit_conversion_tags_get(
        self,
        ad_account_id: str,
        *,
        page_size: Optional[int] = None,
        order: Optional[str] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def page_visit_conversion_tags_get(
        self,
        ad_account_id: str,
        *,
        page_size: Optional[int] = None,
        order: Optional[str] = None,
        bookmark: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[
        PageVisitConversionTagsGetResponse,
        ApiResponse[PageVisitConversionTagsGetResponse],
        RawResponse,
        AsyncResult[Any],
    ]: ...
    @overload
    def page_visit_conversion_tags_get_with_http_info(
        self,
        ad_account_id: str,
        *,
        page_size: Optional[int] = None,
        order: Optional[str] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[PageVisitConversionTagsGetResponse]: ...
    @overload
    def page_visit_conversion_tags_get_with_http_info(
        self,
        ad_account_id: str,
        *,
        page_size: Optional[int] = None,
        order: Optional[str] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def page_visit_conversion_tags_get_with_http_info(
        self,
        ad_account_id: str,
        *,
        page_size: Optional[int] = None,
        order: Optional[str] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[PageVisitConversionTagsGetResponse]]: ...
    @overload
    def page_visit_conversion_tags_get_with_http_info(
        self,
        ad_account_id: str,
        *,
        page_size: Optional[int] = None,
        order: Optional[str] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def page_visit_conversion_tags_get_with_http_info(
        self,
        ad_account_id: str,
        *,
        page_size: Optional[int] = None,
        order: Optional[str] = None,
        bookmark: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[PageVisitConversionTagsGetResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def conversion_tags_get(
        self,
        ad_account_id: str,
        conversion_tag_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ConversionTag: ...
    @overload
    def conversion_tags_get(
        self,
        ad_account_id: str,
        conversion_tag_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[ConversionTag]: ...
    @overload
    def conversion_tags_get(
        self,
        ad_account_id: str,
        conversion_tag_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def conversion_tags_get(
        self,
        ad_account_id: str,
        conversion_tag_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ConversionTag]: ...
    @overload
    def conversion_tags_get(
        self,
        ad_account_id: str,
        conversion_tag_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[ConversionTag]]: ...
    @overload
    def conversion_tags_get(
        self,
        ad_account_id: str,
        conversion_tag_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def conversion_tags_get(
        self,
        ad_account_id: str,
        conversion_tag_id: str,
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ConversionTag, ApiResponse[ConversionTag], RawResponse, AsyncResult[Any]]: ...
    @overload
    def conversion_tags_get_with_http_info(
        self,
        ad_account_id: str,
        conversion_tag_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[ConversionTag]: ...
    @overload
    def conversion_tags_get_with_http_info(
        self,
        ad_account_id: str,
        conversion_tag_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def conversion_tags_get_with_http_info(
        self,
        ad_account_id: str,
        conversion_tag_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[ConversionTag]]: ...
    @overload
    def conversion_tags_get_with_http_info(
        self,
        ad_account_id: str,
        conversion_tag_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def conversion_tags_get_with_http_info(
        self,
        ad_account_id: str,
        conversion_tag_id: str,
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[ConversionTag], RawResponse, AsyncResult[Any]]: ...
