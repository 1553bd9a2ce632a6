# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""LeadFormsApi: View lead forms."""

from typing import Any, Dict, List, Literal, Optional, Union, overload

from typing_extensions import Unpack

from pinterest_client._operations import ApiBase, Operation
from pinterest_client.api_client import ApiResponse, AsyncResult, RawResponse, RequestOptions
from pinterest_client.model.lead_form_array_response import LeadFormArrayResponse
from pinterest_client.model.lead_form_create_request import LeadFormCreateRequest
from pinterest_client.model.lead_form_response import LeadFormResponse
from pinterest_client.model.lead_form_test_request import LeadFormTestRequest
from pinterest_client.model.lead_form_test_response import LeadFormTestResponse
from pinterest_client.model.lead_form_update_request import LeadFormUpdateRequest
from pinterest_client.model.lead_forms_list_response import LeadFormsListResponse

_LEAD_FORMS_LIST: Operation
_LEAD_FORMS_CREATE: Operation
_LEAD_FORMS_UPDATE: Operation
_LEAD_FORM_GET: Operation
_LEAD_FORM_TEST_CREATE: Operation

class LeadFormsApi(ApiBase):
    """View lead forms."""
    @overload
    def lead_forms_list(
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
    ) -> LeadFormsListResponse: ...
    @overload
    def lead_forms_list(
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
    ) -> ApiResponse[LeadFormsListResponse]: ...
    @overload
    def lead_forms_list(
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
    def lead_forms_list(
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
    ) -> AsyncResult[LeadFormsListResponse]: ...
    @overload
    def lead_forms_list(
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
    ) -> AsyncResult[ApiResponse[LeadFormsListResponse]]: ...
    @overload
    def lead_forms_list(
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
    def lead_forms_list(
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
    ) -> Union[LeadFormsListResponse, ApiResponse[LeadFormsListResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def lead_forms_list_with_http_info(
        self,
        ad_account_id: str,
        *,
        page_size: Optional[int] = None,
        order: Optional[str] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[LeadFormsListResponse]: ...
    @overload
    def lead_forms_list_with_http_info(
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
    def lead_forms_list_with_http_info(
        self,
        ad_account_id: str,
        *,
        page_size: Optional[int] = None,
        order: Optional[str] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[LeadFormsListResponse]]: ...
    @overload
    def lead_forms_list_with_http_info(
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
    def lead_forms_list_with_http_info(
        self,
        ad_account_id: str,
        *,
        page_size: Optional[int] = None,
        order: Optional[str] = None,
        bookmark: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[LeadFormsListResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def lead_forms_create(
        self,
        ad_account_id: str,
        lead_form_create_request: List[LeadFormCreateRequest],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> LeadFormArrayResponse: ...
    @overload
    def lead_forms_create(
        self,
        ad_account_id: str,
        lead_form_create_request: List[LeadFormCreateRequest],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[LeadFormArrayResponse]: ...
    @overload
    def lead_forms_create(
        self,
        ad_account_id: str,
        lead_form_create_request: List[LeadFormCreateRequest],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def lead_forms_create(
        self,
        ad_account_id: str,
        lead_form_create_request: List[LeadFormCreateRequest],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[LeadFormArrayResponse]: ...
    @overload
    def lead_forms_create(
        self,
        ad_account_id: str,
        lead_form_create_request: List[LeadFormCreateRequest],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[LeadFormArrayResponse]]: ...
    @overload
    def lead_forms_create(
        self,
        ad_account_id: str,
        lead_form_create_request: List[LeadFormCreateRequest],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def lead_forms_create(
        self,
        ad_account_id: str,
        lead_form_create_request: List[LeadFormCreateRequest],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[LeadFormArrayResponse, ApiResponse[LeadFormArrayResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def lead_forms_create_with_http_info(
        self,
        ad_account_id: str,
        lead_form_create_request: List[LeadFormCreateRequest],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[LeadFormArrayResponse]: ...
    @overload
    def lead_forms_create_with_http_info(
        self,
        ad_account_id: str,
        lead_form_create_request: List[LeadFormCreateRequest],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def lead_forms_create_with_http_info(
        self,
        ad_account_id: str,
        lead_form_create_request: List[LeadFormCreateRequest],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[LeadFormArrayResponse]]: ...
    @overload
    def lead_forms_create_with_http_info(
        self,
        ad_account_id: str,
        lead_form_create_request: List[LeadFormCreateRequest],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def lead_forms_create_with_http_info(
        self,
        ad_account_id: str,
        lead_form_create_request: List[LeadFormCreateRequest],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[LeadFormArrayResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def lead_forms_update(
        self,
        ad_account_id: str,
        lead_form_update_request: List[LeadFormUpdateRequest],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> LeadFormArrayResponse: ...
    @overload
    def lead_forms_update(
        self,
        ad_account_id: str,
        lead_form_update_request: List[LeadFormUpdateRequest],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[LeadFormArrayResponse]: ...
    @overload
    def lead_forms_update(
        self,
        ad_account_id: str,
        lead_form_update_request: List[LeadFormUpdateRequest],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def lead_forms_update(
        self,
        ad_account_id: str,
        lead_form_update_request: List[LeadFormUpdateRequest],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[LeadFormArrayResponse]: ...
    @overload
    def lead_forms_update(
        self,
        ad_account_id: str,
        lead_form_update_request: List[LeadFormUpdateRequest],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[LeadFormArrayResponse]]: ...
    @overload
    def lead_forms_update(
        self,
        ad_account_id: str,
        lead_form_update_request: List[LeadFormUpdateRequest],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def lead_forms_update(
        self,
        ad_account_id: str,
        lead_form_update_request: List[LeadFormUpdateRequest],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[LeadFormArrayResponse, ApiResponse[LeadFormArrayResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def lead_forms_update_with_http_info(
        self,
        ad_account_id: str,
        lead_form_update_request: List[LeadFormUpdateRequest],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[LeadFormArrayResponse]: ...
    @overload
    def lead_forms_update_with_http_info(
        self,
        ad_account_id: str,
        lead_form_update_request: List[LeadFormUpdateRequest],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def lead_forms_update_with_http_info(
        self,
        ad_account_id: str,
        lead_form_update_request: List[LeadFormUpdateRequest],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[LeadFormArrayResponse]]: ...
    @overload
    def lead_forms_update_with_http_info(
        self,
        ad_account_id: str,
        lead_form_update_request: List[LeadFormUpdateRequest],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def lead_forms_update_with_http_info(
        self,
        ad_account_id: str,
        lead_form_update_request: List[LeadFormUpdateRequest],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[LeadFormArrayResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def lead_form_get(
        self,
        ad_account_id: str,
        lead_form_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> LeadFormResponse: ...
    @overload
    def lead_form_get(
        self,
        ad_account_id: str,
        lead_form_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[LeadFormResponse]: ...
    @overload
    def lead_form_get(
        self,
        ad_account_id: str,
        lead_form_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def lead_form_get(
        self,
        ad_account_id: str,
        lead_form_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[LeadFormResponse]: ...
    @overload
    def lead_form_get(
        self,
        ad_account_id: str,
        lead_form_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[LeadFormResponse]]: ...
    @overload
    def lead_form_get(
        self,
        ad_account_id: str,
        lead_form_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def lead_form_get(
        self,
        ad_account_id: str,
        lead_form_id: str,
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[LeadFormResponse, ApiResponse[LeadFormResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def lead_form_get_with_http_info(
        self,
        ad_account_id: str,
        lead_form_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[LeadFormResponse]: ...
    @overload
    def lead_form_get_with_http_info(
        self,
        ad_account_id: str,
        lead_form_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def lead_form_get_with_http_info(
        self,
        ad_account_id: str,
        lead_form_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[LeadFormResponse]]: ...
    @overload
    def lead_form_get_with_http_info(
        self,
        ad_account_id: str,
        lead_form_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def lead_form_get_with_http_info(
        self,
        ad_account_id: str,
        lead_form_id: str,
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[LeadFormResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def lead_form_test_create(
        self,
        ad_account_id: str,
        lead_form_id: str,
        lead_form_test_request: Union[LeadFormTestRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> LeadFormTestResponse: ...
    @overload
    def lead_form_test_create(
        self,
        ad_account_id: str,
        lead_form_id: str,
        lead_form_test_request: Union[LeadFormTestRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[LeadFormTestResponse]: ...
    @overload
    def lead_form_test_create(
        self,
        ad_account_id: str,
        lead_form_id: str,
        lead_form_test_request: Union[LeadFormTestRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def lead_form_test_create(
        self,
        ad_account_id: str,
        lead_form_id: str,
        lead_form_test_request: Union[LeadFormTestRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[LeadFormTestResponse]: ...
    @overload
    def lead_form_test_create(
        self,
        ad_account_id: str,
        lead_form_id: str,
        lead_form_test_request: Union[LeadFormTestRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[LeadFormTestResponse]]: ...
    @overload
    def lead_form_test_create(
        self,
        ad_account_id: str,
        lead_form_id: str,
        lead_form_test_request: Union[LeadFormTestRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def lead_form_test_create(
        self,
        ad_account_id: str,
        lead_form_id: str,
        lead_form_test_request: Union[LeadFormTestRequest, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[LeadFormTestResponse, ApiResponse[LeadFormTestResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def lead_form_test_create_with_http_info(
        self,
        ad_account_id: str,
        lead_form_id: str,
        lead_form_test_request: Union[LeadFormTestRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[LeadFormTestResponse]: ...
    @overload
    def lead_form_test_create_with_http_info(
        self,
        ad_account_id: str,
        lead_form_id: str,
        lead_form_test_request: Union[LeadFormTestRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def lead_form_test_create_with_http_info(
        self,
        ad_account_id: str,
        lead_form_id: str,
        lead_form_test_request: Union[LeadFormTestRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[LeadFormTestResponse]]: ...
    @overload
    def lead_form_test_create_with_http_info(
        self,
        ad_account_id: str,
        lead_form_id: str,
        lead_form_test_request: Union[LeadFormTestRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def lead_form_test_create_with_http_info(
        self,
        ad_account_id: str,
        lead_form_id: str,
        lead_form_test_request: Union[LeadFormTestRequest, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[LeadFormTestResponse], RawResponse, AsyncResult[Any]]: ...
