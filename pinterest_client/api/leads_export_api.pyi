# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""LeadsExportApi: Create and export leads information from lead ads."""

from typing import Any, Dict, Literal, Union, overload

from typing_extensions import Unpack

from pinterest_client._operations import ApiBase, Operation
from pinterest_client.api_client import ApiResponse, AsyncResult, RawResponse, RequestOptions
from pinterest_client.model.leads_export_create_request import LeadsExportCreateRequest
from pinterest_client.model.leads_export_create_response import LeadsExportCreateResponse
from pinterest_client.model.leads_export_response_data import LeadsExportResponseData

_LEADS_EXPORT_CREATE: Operation
_LEADS_EXPORT_GET: Operation

class LeadsExportApi(ApiBase):
    """Create and export leads information from lead ads."""
    @overload
    def leads_export_create(
        self,
        ad_account_id: str,
        leads_export_create_request: Union[LeadsExportCreateRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> LeadsExportCreateResponse: ...
    @overload
    def leads_export_create(
        self,
        ad_account_id: str,
        leads_export_create_request: Union[LeadsExportCreateRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[LeadsExportCreateResponse]: ...
    @overload
    def leads_export_create(
        self,
        ad_account_id: str,
        leads_export_create_request: Union[LeadsExportCreateRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def leads_export_create(
        self,
        ad_account_id: str,
        leads_export_create_request: Union[LeadsExportCreateRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[LeadsExportCreateResponse]: ...
    @overload
    def leads_export_create(
        self,
        ad_account_id: str,
        leads_export_create_request: Union[LeadsExportCreateRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[LeadsExportCreateResponse]]: ...
    @overload
    def leads_export_create(
        self,
        ad_account_id: str,
        leads_export_create_request: Union[LeadsExportCreateRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def leads_export_create(
        self,
        ad_account_id: str,
        leads_export_create_request: Union[LeadsExportCreateRequest, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[LeadsExportCreateResponse, ApiResponse[LeadsExportCreateResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def leads_export_create_with_http_info(
        self,
        ad_account_id: str,
        leads_export_create_request: Union[LeadsExportCreateRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[LeadsExportCreateResponse]: ...
    @overload
    def leads_export_create_with_http_info(
        self,
        ad_account_id: str,
        leads_export_create_request: Union[LeadsExportCreateRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def leads_export_create_with_http_info(
        self,
        ad_account_id: str,
        leads_export_create_request: Union[LeadsExportCreateRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[LeadsExportCreateResponse]]: ...
    @overload
    def leads_export_create_with_http_info(
        self,
        ad_account_id: str,
        leads_export_create_request: Union[LeadsExportCreateRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def leads_export_create_with_http_info(
        self,
        ad_account_id: str,
        leads_export_create_request: Union[LeadsExportCreateRequest, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[LeadsExportCreateResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def leads_export_get(
        self,
        ad_account_id: str,
        leads_export_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> LeadsExportResponseData: ...
    @overload
    def leads_export_get(
        self,
        ad_account_id: str,
        leads_export_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[LeadsExportResponseData]: ...
    @overload
    def leads_export_get(
        self,
        ad_account_id: str,
        leads_export_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def leads_export_get(
        self,
        ad_account_id: str,
        leads_export_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[LeadsExportResponseData]: ...
    @overload
    def leads_export_get(
        self,
        ad_account_id: str,
        leads_export_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[LeadsExportResponseData]]: ...
    @overload
    def leads_export_get(
        self,
        ad_account_id: str,
        leads_export_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def leads_export_get(
        self,
        ad_account_id: str,
        leads_export_id: str,
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[LeadsExportResponseData, ApiResponse[LeadsExportResponseData], RawResponse, AsyncResult[Any]]: ...
    @overload
    def leads_export_get_with_http_info(
        self,
        ad_account_id: str,
        leads_export_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[LeadsExportResponseData]: ...
    @overload
    def leads_export_get_with_http_info(
        self,
        ad_account_id: str,
        leads_export_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def leads_export_get_with_http_info(
        self,
        ad_account_id: str,
        leads_export_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[LeadsExportResponseData]]: ...
    @overload
    def leads_export_get_with_http_info(
        self,
        ad_account_id: str,
        leads_export_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def leads_export_get_with_http_info(
        self,
        ad_account_id: str,
        leads_export_id: str,
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[LeadsExportResponseData], RawResponse, AsyncResult[Any]]: ...
