# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""LabelsApi"""

from typing import Any, Dict, List, Literal, Optional, Union, overload

from typing_extensions import Unpack

from pinterest_client._operations import ApiBase, Operation
from pinterest_client.api_client import ApiResponse, AsyncResult, RawResponse, RequestOptions
from pinterest_client.model.label_create_request import LabelCreateRequest
from pinterest_client.model.label_update_request import LabelUpdateRequest
from pinterest_client.model.labels_list_response import LabelsListResponse
from pinterest_client.model.labels_response import LabelsResponse

_LABELS_LIST: Operation
_LABELS_CREATE: Operation
_LABELS_UPDATE: Operation

class LabelsApi(ApiBase):
    """Operations tagged `labels`."""
    @overload
    def labels_list(
        self,
        ad_account_id: str,
        *,
        campaign_ids: Optional[List[str]] = None,
        label_ids: Optional[List[str]] = None,
        entity_statuses: Optional[List[str]] = None,
        label_types: Optional[List[str]] = None,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> LabelsListResponse: ...
    @overload
    def labels_list(
        self,
        ad_account_id: str,
        *,
        campaign_ids: Optional[List[str]] = None,
        label_ids: Optional[List[str]] = None,
        entity_statuses: Optional[List[str]] = None,
        label_types: Optional[List[str]] = None,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[LabelsListResponse]: ...
    @overload
    def labels_list(
        self,
        ad_account_id: str,
        *,
        campaign_ids: Optional[List[str]] = None,
        label_ids: Optional[List[str]] = None,
        entity_statuses: Optional[List[str]] = None,
        label_types: Optional[List[str]] = None,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def labels_list(
        self,
        ad_account_id: str,
        *,
        campaign_ids: Optional[List[str]] = None,
        label_ids: Optional[List[str]] = None,
        entity_statuses: Optional[List[str]] = None,
        label_types: Optional[List[str]] = None,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[LabelsListResponse]: ...
    @overload
    def labels_list(
        self,
        ad_account_id: str,
        *,
        campaign_ids: Optional[List[str]] = None,
        label_ids: Optional[List[str]] = None,
        entity_statuses: Optional[List[str]] = None,
        label_types: Optional[List[str]] = None,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[LabelsListResponse]]: ...
    @overload
    def labels_list(
        self,
        ad_account_id: str,
        *,
        campaign_ids: Optional[List[str]] = None,
        label_ids: Optional[List[str]] = None,
        entity_statuses: Optional[List[str]] = None,
        label_types: Optional[List[str]] = None,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def labels_list(
        self,
        ad_account_id: str,
        *,
        campaign_ids: Optional[List[str]] = None,
        label_ids: Optional[List[str]] = None,
        entity_statuses: Optional[List[str]] = None,
        label_types: Optional[List[str]] = None,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[LabelsListResponse, ApiResponse[LabelsListResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def labels_list_with_http_info(
        self,
        ad_account_id: str,
        *,
        campaign_ids: Optional[List[str]] = None,
        label_ids: Optional[List[str]] = None,
        entity_statuses: Optional[List[str]] = None,
        label_types: Optional[List[str]] = None,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[LabelsListResponse]: ...
    @overload
    def labels_list_with_http_info(
        self,
        ad_account_id: str,
        *,
        campaign_ids: Optional[List[str]] = None,
        label_ids: Optional[List[str]] = None,
        entity_statuses: Optional[List[str]] = None,
        label_types: Optional[List[str]] = None,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def labels_list_with_http_info(
        self,
        ad_account_id: str,
        *,
        campaign_ids: Optional[List[str]] = None,
        label_ids: Optional[List[str]] = None,
        entity_statuses: Optional[List[str]] = None,
        label_types: Optional[List[str]] = None,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[LabelsListResponse]]: ...
    @overload
    def labels_list_with_http_info(
        self,
        ad_account_id: str,
        *,
        campaign_ids: Optional[List[str]] = None,
        label_ids: Optional[List[str]] = None,
        entity_statuses: Optional[List[str]] = None,
        label_types: Optional[List[str]] = None,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def labels_list_with_http_info(
        self,
        ad_account_id: str,
        *,
        campaign_ids: Optional[List[str]] = None,
        label_ids: Optional[List[str]] = None,
        entity_statuses: Optional[List[str]] = None,
        label_types: Optional[List[str]] = None,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[LabelsListResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def labels_create(
        self,
        ad_account_id: str,
        label_create_request: Union[LabelCreateRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> LabelsResponse: ...
    @overload
    def labels_create(
        self,
        ad_account_id: str,
        label_create_request: Union[LabelCreateRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[LabelsResponse]: ...
    @overload
    def labels_create(
        self,
        ad_account_id: str,
        label_create_request: Union[LabelCreateRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def labels_create(
        self,
        ad_account_id: str,
        label_create_request: Union[LabelCreateRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[LabelsResponse]: ...
    @overload
    def labels_create(
        self,
        ad_account_id: str,
        label_create_request: Union[LabelCreateRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[LabelsResponse]]: ...
    @overload
    def labels_create(
        self,
        ad_account_id: str,
        label_create_request: Union[LabelCreateRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def labels_create(
        self,
        ad_account_id: str,
        label_create_request: Union[LabelCreateRequest, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[LabelsResponse, ApiResponse[LabelsResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def labels_create_with_http_info(
        self,
        ad_account_id: str,
        label_create_request: Union[LabelCreateRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[LabelsResponse]: ...
    @overload
    def labels_create_with_http_info(
        self,
        ad_account_id: str,
        label_create_request: Union[LabelCreateRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def labels_create_with_http_info(
        self,
        ad_account_id: str,
        label_create_request: Union[LabelCreateRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[LabelsResponse]]: ...
    @overload
    def labels_create_with_http_info(
        self,
        ad_account_id: str,
        label_create_request: Union[LabelCreateRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def labels_create_with_http_info(
        self,
        ad_account_id: str,
        label_create_request: Union[LabelCreateRequest, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[LabelsResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def labels_update(
        self,
        ad_account_id: str,
        label_update_request: Union[LabelUpdateRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> LabelsResponse: ...
    @overload
    def labels_update(
        self,
        ad_account_id: str,
        label_update_request: Union[LabelUpdateRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[LabelsResponse]: ...
    @overload
    def labels_update(
        self,
        ad_account_id: str,
        label_update_request: Union[LabelUpdateRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def labels_update(
        self,
        ad_account_id: str,
        label_update_request: Union[LabelUpdateRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[LabelsResponse]: ...
    @overload
    def labels_update(
        self,
        ad_account_id: str,
        label_update_request: Union[LabelUpdateRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[LabelsResponse]]: ...
    @overload
    def labels_update(
        self,
        ad_account_id: str,
        label_update_request: Union[LabelUpdateRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def labels_update(
        self,
        ad_account_id: str,
        label_update_request: Union[LabelUpdateRequest, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[LabelsResponse, ApiResponse[LabelsResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def labels_update_with_http_info(
        self,
        ad_account_id: str,
        label_update_request: Union[LabelUpdateRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[LabelsResponse]: ...
    @overload
    def labels_update_with_http_info(
        self,
        ad_account_id: str,
        label_update_request: Union[LabelUpdateRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def labels_update_with_http_info(
        self,
        ad_account_id: str,
        label_update_request: Union[LabelUpdateRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[LabelsResponse]]: ...
    @overload
    def labels_update_with_http_info(
        self,
        ad_account_id: str,
        label_update_request: Union[LabelUpdateRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def labels_update_with_http_info(
        self,
        ad_account_id: str,
        label_update_request: Union[LabelUpdateRequest, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[LabelsResponse], RawResponse, AsyncResult[Any]]: ...
