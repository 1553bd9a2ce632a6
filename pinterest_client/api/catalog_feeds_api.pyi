# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""CatalogFeedsApi: View and manage catalog feeds."""

from typing import Any, Dict, List, Literal, Optional, Union, overload

from typing_extensions import Unpack

from pinterest_client._operations import ApiBase, Operation
from pinterest_client.api_client import ApiResponse, AsyncResult, RawResponse, RequestOptions
from pinterest_client.model.catalogs_feed import CatalogsFeed
from pinterest_client.model.catalogs_feed_ingestion import CatalogsFeedIngestion
from pinterest_client.model.catalogs_item_validation_issue import (
    CatalogsItemValidationIssue,
    CatalogsItemValidationIssueValue,
)
from pinterest_client.model.feed_processing_results_list_response import FeedProcessingResultsListResponse
from pinterest_client.model.feeds_create_request import FeedsCreateRequest
from pinterest_client.model.feeds_list_response import FeedsListResponse
from pinterest_client.model.feeds_update_request import FeedsUpdateRequest
from pinterest_client.model.items_issues_list_response import ItemsIssuesListResponse

_FEEDS_LIST: Operation
_FEEDS_CREATE: Operation
_FEEDS_GET: Operation
_FEEDS_DELETE: Operation
_FEEDS_UPDATE: Operation
_FEEDS_INGEST: Operation
_FEED_PROCESSING_RESULTS_LIST: Operation
_ITEMS_ISSUES_LIST: Operation

class CatalogFeedsApi(ApiBase):
    """View and manage catalog feeds."""
    @overload
    def feeds_list(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        catalog_id: Optional[str] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> FeedsListResponse: ...
    @overload
    def feeds_list(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        catalog_id: Optional[str] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[FeedsListResponse]: ...
    @overload
    def feeds_list(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        catalog_id: Optional[str] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def feeds_list(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        catalog_id: Optional[str] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[FeedsListResponse]: ...
    @overload
    def feeds_list(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        catalog_id: Optional[str] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[FeedsListResponse]]: ...
    @overload
    def feeds_list(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        catalog_id: Optional[str] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def feeds_list(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        catalog_id: Optional[str] = None,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[FeedsListResponse, ApiResponse[FeedsListResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def feeds_list_with_http_info(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        catalog_id: Optional[str] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[FeedsListResponse]: ...
    @overload
    def feeds_list_with_http_info(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        catalog_id: Optional[str] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def feeds_list_with_http_info(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        catalog_id: Optional[str] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[FeedsListResponse]]: ...
    @overload
    def feeds_list_with_http_info(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        catalog_id: Optional[str] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def feeds_list_with_http_info(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        catalog_id: Optional[str] = None,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[FeedsListResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def feeds_create(
        self,
        feeds_create_request: Union[FeedsCreateRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> CatalogsFeed: ...
    @overload
    def feeds_create(
        self,
        feeds_create_request: Union[FeedsCreateRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsFeed]: ...
    @overload
    def feeds_create(
        self,
        feeds_create_request: Union[FeedsCreateRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def feeds_create(
        self,
        feeds_create_request: Union[FeedsCreateRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[CatalogsFeed]: ...
    @overload
    def feeds_create(
        self,
        feeds_create_request: Union[FeedsCreateRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsFeed]]: ...
    @overload
    def feeds_create(
        self,
        feeds_create_request: Union[FeedsCreateRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def feeds_create(
        self,
        feeds_create_request: Union[FeedsCreateRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[CatalogsFeed, ApiResponse[CatalogsFeed], RawResponse, AsyncResult[Any]]: ...
    @overload
    def feeds_create(
        self,
        *,
        catalogs_feeds_create_request: Union[FeedsCreateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> CatalogsFeed: ...
    @overload
    def feeds_create(
        self,
        *,
        catalogs_feeds_create_request: Union[FeedsCreateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsFeed]: ...
    @overload
    def feeds_create(
        self,
        *,
        catalogs_feeds_create_request: Union[FeedsCreateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def feeds_create(
        self,
        *,
        catalogs_feeds_create_request: Union[FeedsCreateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[CatalogsFeed]: ...
    @overload
    def feeds_create(
        self,
        *,
        catalogs_feeds_create_request: Union[FeedsCreateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsFeed]]: ...
    @overload
    def feeds_create(
        self,
        *,
        catalogs_feeds_create_request: Union[FeedsCreateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def feeds_create(
        self,
        *,
        catalogs_feeds_create_request: Union[FeedsCreateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[CatalogsFeed, ApiResponse[CatalogsFeed], RawResponse, AsyncResult[Any]]: ...
    @overload
    def feeds_create(
        self,
        *,
        unknown_base_type: Union[FeedsCreateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> CatalogsFeed: ...
    @overload
    def feeds_create(
        self,
        *,
        unknown_base_type: Union[FeedsCreateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsFeed]: ...
    @overload
    def feeds_create(
        self,
        *,
        unknown_base_type: Union[FeedsCreateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def feeds_create(
        self,
        *,
        unknown_base_type: Union[FeedsCreateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[CatalogsFeed]: ...
    @overload
    def feeds_create(
        self,
        *,
        unknown_base_type: Union[FeedsCreateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsFeed]]: ...
    @overload
    def feeds_create(
        self,
        *,
        unknown_base_type: Union[FeedsCreateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def feeds_create(
        self,
        *,
        unknown_base_type: Union[FeedsCreateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[CatalogsFeed, ApiResponse[CatalogsFeed], RawResponse, AsyncResult[Any]]: ...
    @overload
    def feeds_create_with_http_info(
        self,
        feeds_create_request: Union[FeedsCreateRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsFeed]: ...
    @overload
    def feeds_create_with_http_info(
        self,
        feeds_create_request: Union[FeedsCreateRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def feeds_create_with_http_info(
        self,
        feeds_create_request: Union[FeedsCreateRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsFeed]]: ...
    @overload
    def feeds_create_with_http_info(
        self,
        feeds_create_request: Union[FeedsCreateRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def feeds_create_with_http_info(
        self,
        feeds_create_request: Union[FeedsCreateRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[CatalogsFeed], RawResponse, AsyncResult[Any]]: ...
    @overload
    def feeds_create_with_http_info(
        self,
        *,
        catalogs_feeds_create_request: Union[FeedsCreateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsFeed]: ...
    @overload
    def feeds_create_with_http_info(
        self,
        *,
        catalogs_feeds_create_request: Union[FeedsCreateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def feeds_create_with_http_info(
        self,
        *,
        catalogs_feeds_create_request: Union[FeedsCreateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsFeed]]: ...
    @overload
    def feeds_create_with_http_info(
        self,
        *,
        catalogs_feeds_create_request: Union[FeedsCreateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def feeds_create_with_http_info(
        self,
        *,
        catalogs_feeds_create_request: Union[FeedsCreateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[CatalogsFeed], RawResponse, AsyncResult[Any]]: ...
    @overload
    def feeds_create_with_http_info(
        self,
        *,
        unknown_base_type: Union[FeedsCreateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsFeed]: ...
    @overload
    def feeds_create_with_http_info(
        self,
        *,
        unknown_base_type: Union[FeedsCreateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def feeds_create_with_http_info(
        self,
        *,
        unknown_base_type: Union[FeedsCreateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsFeed]]: ...
    @overload
    def feeds_create_with_http_info(
        self,
        *,
        unknown_base_type: Union[FeedsCreateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def feeds_create_with_http_info(
        self,
        *,
        unknown_base_type: Union[FeedsCreateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[CatalogsFeed], RawResponse, AsyncResult[Any]]: ...
    @overload
    def feeds_get(
        self,
        feed_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> CatalogsFeed: ...
    @overload
    def feeds_get(
        self,
        feed_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsFeed]: ...
    @overload
    def feeds_get(
        self,
        feed_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def feeds_get(
        self,
        feed_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[CatalogsFeed]: ...
    @overload
    def feeds_get(
        self,
        feed_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsFeed]]: ...
    @overload
    def feeds_get(
        self,
        feed_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def feeds_get(
        self,
        feed_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[CatalogsFeed, ApiResponse[CatalogsFeed], RawResponse, AsyncResult[Any]]: ...
    @overload
    def feeds_get_with_http_info(
        self,
        feed_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsFeed]: ...
    @overload
    def feeds_get_with_http_info(
        self,
        feed_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def feeds_get_with_http_info(
        self,
        feed_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsFeed]]: ...
    @overload
    def feeds_get_with_http_info(
        self,
        feed_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def feeds_get_with_http_info(
        self,
        feed_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[CatalogsFeed], RawResponse, AsyncResult[Any]]: ...
    @overload
    def feeds_delete(
        self,
        feed_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> None: ...
    @overload
    def feeds_delete(
        self,
        feed_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[None]: ...
    @overload
    def feeds_delete(
        self,
        feed_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def feeds_delete(
        self,
        feed_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[None]: ...
    @overload
    def feeds_delete(
        self,
        feed_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[None]]: ...
    @overload
    def feeds_delete(
        self,
        feed_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def feeds_delete(
        self,
        feed_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[None, ApiResponse[None], RawResponse, AsyncResult[Any]]: ...
    @overload
    def feeds_delete_with_http_info(
        self,
        feed_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[None]: ...
    @overload
    def feeds_delete_with_http_info(
        self,
        feed_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def feeds_delete_with_http_info(
        self,
        feed_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[None]]: ...
    @overload
    def feeds_delete_with_http_info(
        self,
        feed_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def feeds_delete_with_http_info(
        self,
        feed_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[None], RawResponse, AsyncResult[Any]]: ...
    @overload
    def feeds_update(
        self,
        feed_id: str,
        feeds_update_request: Union[FeedsUpdateRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> CatalogsFeed: ...
    @overload
    def feeds_update(
        self,
        feed_id: str,
        feeds_update_request: Union[FeedsUpdateRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsFeed]: ...
    @overload
    def feeds_update(
        self,
        feed_id: str,
        feeds_update_request: Union[FeedsUpdateRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def feeds_update(
        self,
        feed_id: str,
        feeds_update_request: Union[FeedsUpdateRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[CatalogsFeed]: ...
    @overload
    def feeds_update(
        self,
        feed_id: str,
        feeds_update_request: Union[FeedsUpdateRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsFeed]]: ...
    @overload
    def feeds_update(
        self,
        feed_id: str,
        feeds_update_request: Union[FeedsUpdateRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def feeds_update(
        self,
        feed_id: str,
        feeds_update_request: Union[FeedsUpdateRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[CatalogsFeed, ApiResponse[CatalogsFeed], RawResponse, AsyncResult[Any]]: ...
    @overload
    def feeds_update(
        self,
        feed_id: str,
        *,
        catalogs_feeds_update_request: Union[FeedsUpdateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> CatalogsFeed: ...
    @overload
    def feeds_update(
        self,
        feed_id: str,
        *,
        catalogs_feeds_update_request: Union[FeedsUpdateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsFeed]: ...
    @overload
    def feeds_update(
        self,
        feed_id: str,
        *,
        catalogs_feeds_update_request: Union[FeedsUpdateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def feeds_update(
        self,
        feed_id: str,
        *,
        catalogs_feeds_update_request: Union[FeedsUpdateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[CatalogsFeed]: ...
    @overload
    def feeds_update(
        self,
        feed_id: str,
        *,
        catalogs_feeds_update_request: Union[FeedsUpdateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsFeed]]: ...
    @overload
    def feeds_update(
        self,
        feed_id: str,
        *,
        catalogs_feeds_update_request: Union[FeedsUpdateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def feeds_update(
        self,
        feed_id: str,
        *,
        catalogs_feeds_update_request: Union[FeedsUpdateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[CatalogsFeed, ApiResponse[CatalogsFeed], RawResponse, AsyncResult[Any]]: ...
    @overload
    def feeds_update(
        self,
        feed_id: str,
        *,
        unknown_base_type: Union[FeedsUpdateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> CatalogsFeed: ...
    @overload
    def feeds_update(
        self,
        feed_id: str,
        *,
        unknown_base_type: Union[FeedsUpdateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsFeed]: ...
    @overload
    def feeds_update(
        self,
        feed_id: str,
        *,
        unknown_base_type: Union[FeedsUpdateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def feeds_update(
        self,
        feed_id: str,
        *,
        unknown_base_type: Union[FeedsUpdateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[CatalogsFeed]: ...
    @overload
    def feeds_update(
        self,
        feed_id: str,
        *,
        unknown_base_type: Union[FeedsUpdateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsFeed]]: ...
    @overload
    def feeds_update(
        self,
        feed_id: str,
        *,
        unknown_base_type: Union[FeedsUpdateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def feeds_update(
        self,
        feed_id: str,
        *,
        unknown_base_type: Union[FeedsUpdateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[CatalogsFeed, ApiResponse[CatalogsFeed], RawResponse, AsyncResult[Any]]: ...
    @overload
    def feeds_update_with_http_info(
        self,
        feed_id: str,
        feeds_update_request: Union[FeedsUpdateRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsFeed]: ...
    @overload
    def feeds_update_with_http_info(
        self,
        feed_id: str,
        feeds_update_request: Union[FeedsUpdateRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def feeds_update_with_http_info(
        self,
        feed_id: str,
        feeds_update_request: Union[FeedsUpdateRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsFeed]]: ...
    @overload
    def feeds_update_with_http_info(
        self,
        feed_id: str,
        feeds_update_request: Union[FeedsUpdateRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def feeds_update_with_http_info(
        self,
        feed_id: str,
        feeds_update_request: Union[FeedsUpdateRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[CatalogsFeed], RawResponse, AsyncResult[Any]]: ...
    @overload
    def feeds_update_with_http_info(
        self,
        feed_id: str,
        *,
        catalogs_feeds_update_request: Union[FeedsUpdateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsFeed]: ...
    @overload
    def feeds_update_with_http_info(
        self,
        feed_id: str,
        *,
        catalogs_feeds_update_request: Union[FeedsUpdateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def feeds_update_with_http_info(
        self,
        feed_id: str,
        *,
        catalogs_feeds_update_request: Union[FeedsUpdateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsFeed]]: ...
    @overload
    def feeds_update_with_http_info(
        self,
        feed_id: str,
        *,
        catalogs_feeds_update_request: Union[FeedsUpdateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def feeds_update_with_http_info(
        self,
        feed_id: str,
        *,
        catalogs_feeds_update_request: Union[FeedsUpdateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[CatalogsFeed], RawResponse, AsyncResult[Any]]: ...
    @overload
    def feeds_update_with_http_info(
        self,
        feed_id: str,
        *,
        unknown_base_type: Union[FeedsUpdateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsFeed]: ...
    @overload
    def feeds_update_with_http_info(
        self,
        feed_id: str,
        *,
        unknown_base_type: Union[FeedsUpdateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def feeds_update_with_http_info(
        self,
        feed_id: str,
        *,
        unknown_base_type: Union[FeedsUpdateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsFeed]]: ...
    @overload
    def feeds_update_with_http_info(
        self,
        feed_id: str,
        *,
        unknown_base_type: Union[FeedsUpdateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def feeds_update_with_http_info(
        self,
        feed_id: str,
        *,
        unknown_base_type: Union[FeedsUpdateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[CatalogsFeed], RawResponse, AsyncResult[Any]]: ...
    @overload
    def feeds_ingest(
        self,
        feed_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> CatalogsFeedIngestion: ...
    @overload
    def feeds_ingest(
        self,
        feed_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsFeedIngestion]: ...
    @overload
    def feeds_ingest(
        self,
        feed_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def feeds_ingest(
        self,
        feed_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[CatalogsFeedIngestion]: ...
    @overload
    def feeds_ingest(
        self,
        feed_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsFeedIngestion]]: ...
    @overload
    def feeds_ingest(
        self,
        feed_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def feeds_ingest(
        self,
        feed_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[CatalogsFeedIngestion, ApiResponse[CatalogsFeedIngestion], RawResponse, AsyncResult[Any]]: ...
    @overload
    def feeds_ingest_with_http_info(
        self,
        feed_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsFeedIngestion]: ...
    @overload
    def feeds_ingest_with_http_info(
        self,
        feed_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def feeds_ingest_with_http_info(
        self,
        feed_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsFeedIngestion]]: ...
    @overload
    def feeds_ingest_with_http_info(
        self,
        feed_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def feeds_ingest_with_http_info(
        self,
        feed_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[CatalogsFeedIngestion], RawResponse, AsyncResult[Any]]: ...
    @overload
    def feed_processing_results_list(
        self,
        feed_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> FeedProcessingResultsListResponse: ...
    @overload
    def feed_processing_results_list(
        self,
        feed_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[FeedProcessingResultsListResponse]: ...
    @overload
    def feed_processing_results_list(
        self,
        feed_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def feed_processing_results_list(
        self,
        feed_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[FeedProcessingResultsListResponse]: ...
    @overload
    def feed_processing_results_list(
        self,
        feed_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[FeedProcessingResultsListResponse]]: ...
    @overload
    def feed_processing_results_list(
        self,
        feed_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def feed_processing_results_list(
        self,
        feed_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[
        FeedProcessingResultsListResponse, ApiResponse[FeedProcessingResultsListResponse], RawResponse, AsyncResult[Any]
    ]: ...
    @overload
    def feed_processing_results_list_with_http_info(
        self,
        feed_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[FeedProcessingResultsListResponse]: ...
    @overload
    def feed_processing_results_list_with_http_info(
        self,
        feed_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def feed_processing_results_list_with_http_info(
        self,
        feed_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[FeedProcessingResultsListResponse]]: ...
    @overload
    def feed_processing_results_list_with_http_info(
        self,
        feed_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def feed_processing_results_list_with_http_info(
        self,
        feed_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[FeedProcessingResultsListResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def items_issues_list(
        self,
        processing_result_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        item_numbers: Optional[List[int]] = None,
        item_validation_issue: Optional[Union[CatalogsItemValidationIssue, CatalogsItemValidationIssueValue]] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ItemsIssuesListResponse: ...
    @overload
    def items_issues_list(
        self,
        processing_result_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        item_numbers: Optional[List[int]] = None,
        item_validation_issue: Optional[Union[CatalogsItemValidationIssue, CatalogsItemValidationIssueValue]] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[ItemsIssuesListResponse]: ...
    @overload
    def items_issues_list(
        self,
        processing_result_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        item_numbers: Optional[List[int]] = None,
        item_validation_issue: Optional[Union[CatalogsItemValidationIssue, CatalogsItemValidationIssueValue]] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def items_issues_list(
        self,
        processing_result_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        item_numbers: Optional[List[int]] = None,
        item_validation_issue: Optional[Union[CatalogsItemValidationIssue, CatalogsItemValidationIssueValue]] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ItemsIssuesListResponse]: ...
    @overload
    def items_issues_list(
        self,
        processing_result_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        item_numbers: Optional[List[int]] = None,
        item_validation_issue: Optional[Union[CatalogsItemValidationIssue, CatalogsItemValidationIssueValue]] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[ItemsIssuesListResponse]]: ...
    @overload
    def items_issues_list(
        self,
        processing_result_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        item_numbers: Optional[List[int]] = None,
        item_validation_issue: Optional[Union[CatalogsItemValidationIssue, CatalogsItemValidationIssueValue]] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def items_issues_list(
        self,
        processing_result_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        item_numbers: Optional[List[int]] = None,
        item_validation_issue: Optional[Union[CatalogsItemValidationIssue, CatalogsItemValidationIssueValue]] = None,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ItemsIssuesListResponse, ApiResponse[ItemsIssuesListResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def items_issues_list_with_http_info(
        self,
        processing_result_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        item_numbers: Optional[List[int]] = None,
        item_validation_issue: Optional[Union[CatalogsItemValidationIssue, CatalogsItemValidationIssueValue]] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[ItemsIssuesListResponse]: ...
    @overload
    def items_issues_list_with_http_info(
        self,
        processing_result_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        item_numbers: Optional[List[int]] = None,
        item_validation_issue: Optional[Union[CatalogsItemValidationIssue, CatalogsItemValidationIssueValue]] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def items_issues_list_with_http_info(
        self,
        processing_result_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        item_numbers: Optional[List[int]] = None,
        item_validation_issue: Optional[Union[CatalogsItemValidationIssue, CatalogsItemValidationIssueValue]] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[ItemsIssuesListResponse]]: ...
    @overload
    def items_issues_list_with_http_info(
        self,
        processing_result_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        item_numbers: Optional[List[int]] = None,
        item_validation_issue: Optional[Union[CatalogsItemValidationIssue, CatalogsItemValidationIssueValue]] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def items_issues_list_with_http_info(
        self,
        processing_result_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        item_numbers: Optional[List[int]] = None,
        item_validation_issue: Optional[Union[CatalogsItemValidationIssue, CatalogsItemValidationIssueValue]] = None,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[ItemsIssuesListResponse], RawResponse, AsyncResult[Any]]: ...
