# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""CatalogsApi: Manage information about shopping product catalogs and items."""

from typing import Any, Dict, List, Literal, Optional, Union, overload

from typing_extensions import Unpack

from pinterest_client._operations import ApiBase, Operation
from pinterest_client.api_client import ApiResponse, AsyncResult, RawResponse, RequestOptions
from pinterest_client.model.catalog import Catalog
from pinterest_client.model.catalogs_available_filter_values import CatalogsAvailableFilterValues
from pinterest_client.model.catalogs_create_report_response import CatalogsCreateReportResponse
from pinterest_client.model.catalogs_create_request import CatalogsCreateRequest
from pinterest_client.model.catalogs_feed import CatalogsFeed
from pinterest_client.model.catalogs_feed_ingestion import CatalogsFeedIngestion
from pinterest_client.model.catalogs_item_validation_issue import (
    CatalogsItemValidationIssue,
    CatalogsItemValidationIssueValue,
)
from pinterest_client.model.catalogs_items import CatalogsItems
from pinterest_client.model.catalogs_items_batch import CatalogsItemsBatch
from pinterest_client.model.catalogs_items_filters import CatalogsItemsFilters
from pinterest_client.model.catalogs_items_request import CatalogsItemsRequest
from pinterest_client.model.catalogs_list_products_by_filter_request import CatalogsListProductsByFilterRequest
from pinterest_client.model.catalogs_list_response import CatalogsListResponse
from pinterest_client.model.catalogs_locale import CatalogsLocale, CatalogsLocaleValue
from pinterest_client.model.catalogs_product_group_pins_list_response import CatalogsProductGroupPinsListResponse
from pinterest_client.model.catalogs_product_group_product_counts_vertical import (
    CatalogsProductGroupProductCountsVertical,
)
from pinterest_client.model.catalogs_product_groups_create_many_request_item import (
    CatalogsProductGroupsCreateManyRequestItem,
)
from pinterest_client.model.catalogs_product_groups_create_request import CatalogsProductGroupsCreateRequest
from pinterest_client.model.catalogs_product_groups_list_response import CatalogsProductGroupsListResponse
from pinterest_client.model.catalogs_product_groups_update_request import CatalogsProductGroupsUpdateRequest
from pinterest_client.model.catalogs_report import CatalogsReport
from pinterest_client.model.catalogs_report_parameters import CatalogsReportParameters
from pinterest_client.model.catalogs_vertical_product_group import CatalogsVerticalProductGroup
from pinterest_client.model.country import Country, CountryValue
from pinterest_client.model.feed_processing_results_list_response import FeedProcessingResultsListResponse
from pinterest_client.model.feeds_create_request import FeedsCreateRequest
from pinterest_client.model.feeds_list_response import FeedsListResponse
from pinterest_client.model.feeds_update_request import FeedsUpdateRequest
from pinterest_client.model.items_batch_post_request import ItemsBatchPostRequest
from pinterest_client.model.items_issues_list_response import ItemsIssuesListResponse
from pinterest_client.model.products_by_product_group_filter_list_response import (
    ProductsByProductGroupFilterListResponse,
)
from pinterest_client.model.reports_stats_parameters import ReportsStatsParameters
from pinterest_client.model.reports_stats_response import ReportsStatsResponse

_CATALOGS_LIST: Operation
_CATALOGS_CREATE: Operation
_CATALOGS_AVAILABLE_FILTER_VALUES: Operation
_ITEMS_GET: Operation

class CatalogsApi(ApiBase):
    """Manage information about shopping product catalogs and items."""
    @overload
    def catalogs_list(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> CatalogsListResponse: ...
    @overload
    def catalogs_list(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsListResponse]: ...
    @overload
    def catalogs_list(
        self,
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
    def catalogs_list(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[CatalogsListResponse]: ...
    @overload
    def catalogs_list(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsListResponse]]: ...
    @overload
    def catalogs_list(
        self,
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
    def catalogs_list(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[CatalogsListResponse, ApiResponse[CatalogsListResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def catalogs_list_with_http_info(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsListResponse]: ...
    @overload
    def catalogs_list_with_http_info(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def catalogs_list_with_http_info(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsListResponse]]: ...
    @overload
    def catalogs_list_with_http_info(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def catalogs_list_with_http_info(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[CatalogsListResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def catalogs_create(
        self,
        catalogs_create_request: Union[CatalogsCreateRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> Catalog: ...
    @overload
    def catalogs_create(
        self,
        catalogs_create_request: Union[CatalogsCreateRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[Catalog]: ...
    @overload
    def catalogs_create(
        self,
        catalogs_create_request: Union[CatalogsCreateRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def catalogs_create(
        self,
        catalogs_create_request: Union[CatalogsCreateRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[Catalog]: ...
    @overload
    def catalogs_create(
        self,
        catalogs_create_request: Union[CatalogsCreateRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[Catalog]]: ...
    @overload
    def catalogs_create(
        self,
        catalogs_create_request: Union[CatalogsCreateRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def catalogs_create(
        self,
        catalogs_create_request: Union[CatalogsCreateRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[Catalog, ApiResponse[Catalog], RawResponse, AsyncResult[Any]]: ...
    @overload
    def catalogs_create_with_http_info(
        self,
        catalogs_create_request: Union[CatalogsCreateRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[Catalog]: ...
    @overload
    def catalogs_create_with_http_info(
        self,
        catalogs_create_request: Union[CatalogsCreateRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def catalogs_create_with_http_info(
        self,
        catalogs_create_request: Union[CatalogsCreateRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[Catalog]]: ...
    @overload
    def catalogs_create_with_http_info(
        self,
        catalogs_create_request: Union[CatalogsCreateRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def catalogs_create_with_http_info(
        self,
        catalogs_create_request: Union[CatalogsCreateRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[Catalog], RawResponse, AsyncResult[Any]]: ...
    @overload
    def catalogs_available_filter_values(
        self,
        catalog_id: str,
        *,
        feed_id: Optional[str] = None,
        country: Optional[Union[Country, CountryValue]] = None,
        language: Optional[Union[CatalogsLocale, CatalogsLocaleValue]] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> CatalogsAvailableFilterValues: ...
    @overload
    def catalogs_available_filter_values(
        self,
        catalog_id: str,
        *,
        feed_id: Optional[str] = None,
        country: Optional[Union[Country, CountryValue]] = None,
        language: Optional[Union[CatalogsLocale, CatalogsLocaleValue]] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsAvailableFilterValues]: ...
    @overload
    def catalogs_available_filter_values(
        self,
        catalog_id: str,
        *,
        feed_id: Optional[str] = None,
        country: Optional[Union[Country, CountryValue]] = None,
        language: Optional[Union[CatalogsLocale, CatalogsLocaleValue]] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def catalogs_available_filter_values(
        self,
        catalog_id: str,
        *,
        feed_id: Optional[str] = None,
        country: Optional[Union[Country, CountryValue]] = None,
        language: Optional[Union[CatalogsLocale, CatalogsLocaleValue]] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[CatalogsAvailableFilterValues]: ...
    @overload
    def catalogs_available_filter_values(
        self,
        catalog_id: str,
        *,
        feed_id: Optional[str] = None,
        country: Optional[Union[Country, CountryValue]] = None,
        language: Optional[Union[CatalogsLocale, CatalogsLocaleValue]] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsAvailableFilterValues]]: ...
    @overload
    def catalogs_available_filter_values(
        self,
        catalog_id: str,
        *,
        feed_id: Optional[str] = None,
        country: Optional[Union[Country, CountryValue]] = None,
        language: Optional[Union[CatalogsLocale, CatalogsLocaleValue]] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def catalogs_available_filter_values(
        self,
        catalog_id: str,
        *,
        feed_id: Optional[str] = None,
        country: Optional[Union[Country, CountryValue]] = None,
        language: Optional[Union[CatalogsLocale, CatalogsLocaleValue]] = None,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[
        CatalogsAvailableFilterValues, ApiResponse[CatalogsAvailableFilterValues], RawResponse, AsyncResult[Any]
    ]: ...
    @overload
    def catalogs_available_filter_values_with_http_info(
        self,
        catalog_id: str,
        *,
        feed_id: Optional[str] = None,
        country: Optional[Union[Country, CountryValue]] = None,
        language: Optional[Union[CatalogsLocale, CatalogsLocaleValue]] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsAvailableFilterValues]: ...
    @overload
    def catalogs_available_filter_values_with_http_info(
        self,
        catalog_id: str,
        *,
        feed_id: Optional[str] = None,
        country: Optional[Union[Country, CountryValue]] = None,
        language: Optional[Union[CatalogsLocale, CatalogsLocaleValue]] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def catalogs_available_filter_values_with_http_info(
        self,
        catalog_id: str,
        *,
        feed_id: Optional[str] = None,
        country: Optional[Union[Country, CountryValue]] = None,
        language: Optional[Union[CatalogsLocale, CatalogsLocaleValue]] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsAvailableFilterValues]]: ...
    @overload
    def catalogs_available_filter_values_with_http_info(
        self,
        catalog_id: str,
        *,
        feed_id: Optional[str] = None,
        country: Optional[Union[Country, CountryValue]] = None,
        language: Optional[Union[CatalogsLocale, CatalogsLocaleValue]] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def catalogs_available_filter_values_with_http_info(
        self,
        catalog_id: str,
        *,
        feed_id: Optional[str] = None,
        country: Optional[Union[Country, CountryValue]] = None,
        language: Optional[Union[CatalogsLocale, CatalogsLocaleValue]] = None,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[CatalogsAvailableFilterValues], RawResponse, AsyncResult[Any]]: ...
    @overload
    def items_get(
        self,
        country: str,
        language: str,
        *,
        ad_account_id: Optional[str] = None,
        item_ids: Optional[List[str]] = None,
        filters: Optional[CatalogsItemsFilters] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> CatalogsItems: ...
    @overload
    def items_get(
        self,
        country: str,
        language: str,
        *,
        ad_account_id: Optional[str] = None,
        item_ids: Optional[List[str]] = None,
        filters: Optional[CatalogsItemsFilters] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsItems]: ...
    @overload
    def items_get(
        self,
        country: str,
        language: str,
        *,
        ad_account_id: Optional[str] = None,
        item_ids: Optional[List[str]] = None,
        filters: Optional[CatalogsItemsFilters] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def items_get(
        self,
        country: str,
        language: str,
        *,
        ad_account_id: Optional[str] = None,
        item_ids: Optional[List[str]] = None,
        filters: Optional[CatalogsItemsFilters] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[CatalogsItems]: ...
    @overload
    def items_get(
        self,
        country: str,
        language: str,
        *,
        ad_account_id: Optional[str] = None,
        item_ids: Optional[List[str]] = None,
        filters: Optional[CatalogsItemsFilters] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsItems]]: ...
    @overload
    def items_get(
        self,
        country: str,
        language: str,
        *,
        ad_account_id: Optional[str] = None,
        item_ids: Optional[List[str]] = None,
        filters: Optional[CatalogsItemsFilters] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def items_get(
        self,
        country: str,
        language: str,
        *,
        ad_account_id: Optional[str] = None,
        item_ids: Optional[List[str]] = None,
        filters: Optional[CatalogsItemsFilters] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[CatalogsItems, ApiResponse[CatalogsItems], RawResponse, AsyncResult[Any]]: ...
    @overload
    def items_get(
        self,
        country: str,
        item_ids: List[str],
        language: str,
        /,
        *,
        ad_account_id: Optional[str] = None,
        filters: Optional[CatalogsItemsFilters] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> CatalogsItems: ...
    @overload
    def items_get(
        self,
        country: str,
        item_ids: List[str],
        language: str,
        /,
        *,
        ad_account_id: Optional[str] = None,
        filters: Optional[CatalogsItemsFilters] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsItems]: ...
    @overload
    def items_get(
        self,
        country: str,
        item_ids: List[str],
        language: str,
        /,
        *,
        ad_account_id: Optional[str] = None,
        filters: Optional[CatalogsItemsFilters] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def items_get(
        self,
        country: str,
        item_ids: List[str],
        language: str,
        /,
        *,
        ad_account_id: Optional[str] = None,
        filters: Optional[CatalogsItemsFilters] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[CatalogsItems]: ...
    @overload
    def items_get(
        self,
        country: str,
        item_ids: List[str],
        language: str,
        /,
        *,
        ad_account_id: Optional[str] = None,
        filters: Optional[CatalogsItemsFilters] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsItems]]: ...
    @overload
    def items_get(
        self,
        country: str,
        item_ids: List[str],
        language: str,
        /,
        *,
        ad_account_id: Optional[str] = None,
        filters: Optional[CatalogsItemsFilters] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def items_get(
        self,
        country: str,
        item_ids: List[str],
        language: str,
        /,
        *,
        ad_account_id: Optional[str] = None,
        filters: Optional[CatalogsItemsFilters] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[CatalogsItems, ApiResponse[CatalogsItems], RawResponse, AsyncResult[Any]]: ...
    @overload
    def items_get_with_http_info(
        self,
        country: str,
        language: str,
        *,
        ad_account_id: Optional[str] = None,
        item_ids: Optional[List[str]] = None,
        filters: Optional[CatalogsItemsFilters] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsItems]: ...
    @overload
    def items_get_with_http_info(
        self,
        country: str,
        language: str,
        *,
        ad_account_id: Optional[str] = None,
        item_ids: Optional[List[str]] = None,
        filters: Optional[CatalogsItemsFilters] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def items_get_with_http_info(
        self,
        country: str,
        language: str,
        *,
        ad_account_id: Optional[str] = None,
        item_ids: Optional[List[str]] = None,
        filters: Optional[CatalogsItemsFilters] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsItems]]: ...
    @overload
    def items_get_with_http_info(
        self,
        country: str,
        language: str,
        *,
        ad_account_id: Optional[str] = None,
        item_ids: Optional[List[str]] = None,
        filters: Optional[CatalogsItemsFilters] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def items_get_with_http_info(
        self,
        country: str,
        language: str,
        *,
        ad_account_id: Optional[str] = None,
        item_ids: Optional[List[str]] = None,
        filters: Optional[CatalogsItemsFilters] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[CatalogsItems], RawResponse, AsyncResult[Any]]: ...
    @overload
    def items_get_with_http_info(
        self,
        country: str,
        item_ids: List[str],
        language: str,
        /,
        *,
        ad_account_id: Optional[str] = None,
        filters: Optional[CatalogsItemsFilters] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsItems]: ...
    @overload
    def items_get_with_http_info(
        self,
        country: str,
        item_ids: List[str],
        language: str,
        /,
        *,
        ad_account_id: Optional[str] = None,
        filters: Optional[CatalogsItemsFilters] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def items_get_with_http_info(
        self,
        country: str,
        item_ids: List[str],
        language: str,
        /,
        *,
        ad_account_id: Optional[str] = None,
        filters: Optional[CatalogsItemsFilters] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsItems]]: ...
    @overload
    def items_get_with_http_info(
        self,
        country: str,
        item_ids: List[str],
        language: str,
        /,
        *,
        ad_account_id: Optional[str] = None,
        filters: Optional[CatalogsItemsFilters] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def items_get_with_http_info(
        self,
        country: str,
        item_ids: List[str],
        language: str,
        /,
        *,
        ad_account_id: Optional[str] = None,
        filters: Optional[CatalogsItemsFilters] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[CatalogsItems], RawResponse, AsyncResult[Any]]: ...
    @overload
    def catalogs_product_group_pins_list(
        self,
        product_group_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        pin_metrics: Optional[bool] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> CatalogsProductGroupPinsListResponse: ...
    @overload
    def catalogs_product_group_pins_list(
        self,
        product_group_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        pin_metrics: Optional[bool] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsProductGroupPinsListResponse]: ...
    @overload
    def catalogs_product_group_pins_list(
        self,
        product_group_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        pin_metrics: Optional[bool] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def catalogs_product_group_pins_list(
        self,
        product_group_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        pin_metrics: Optional[bool] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[CatalogsProductGroupPinsListResponse]: ...
    @overload
    def catalogs_product_group_pins_list(
        self,
        product_group_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        pin_metrics: Optional[bool] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsProductGroupPinsListResponse]]: ...
    @overload
    def catalogs_product_group_pins_list(
        self,
        product_group_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        pin_metrics: Optional[bool] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def catalogs_product_group_pins_list(
        self,
        product_group_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        pin_metrics: Optional[bool] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[
        CatalogsProductGroupPinsListResponse,
        ApiResponse[CatalogsProductGroupPinsListResponse],
        RawResponse,
        AsyncResult[Any],
    ]: ...
    @overload
    def catalogs_product_group_pins_list_with_http_info(
        self,
        product_group_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        pin_metrics: Optional[bool] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsProductGroupPinsListResponse]: ...
    @overload
    def catalogs_product_group_pins_list_with_http_info(
        self,
        product_group_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        pin_metrics: Optional[bool] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def catalogs_product_group_pins_list_with_http_info(
        self,
        product_group_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        pin_metrics: Optional[bool] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsProductGroupPinsListResponse]]: ...
    @overload
    def catalogs_product_group_pins_list_with_http_info(
        self,
        product_group_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        pin_metrics: Optional[bool] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def catalogs_product_group_pins_list_with_http_info(
        self,
        product_group_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        pin_metrics: Optional[bool] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[CatalogsProductGroupPinsListResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def catalogs_product_groups_create(
        self,
        catalogs_product_groups_create_request: Union[CatalogsProductGroupsCreateRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> CatalogsVerticalProductGroup: ...
    @overload
    def catalogs_product_groups_create(
        self,
        catalogs_product_groups_create_request: Union[CatalogsProductGroupsCreateRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsVerticalProductGroup]: ...
    @overload
    def catalogs_product_groups_create(
        self,
        catalogs_product_groups_create_request: Union[CatalogsProductGroupsCreateRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def catalogs_product_groups_create(
        self,
        catalogs_product_groups_create_request: Union[CatalogsProductGroupsCreateRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[CatalogsVerticalProductGroup]: ...
    @overload
    def catalogs_product_groups_create(
        self,
        catalogs_product_groups_create_request: Union[CatalogsProductGroupsCreateRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsVerticalProductGroup]]: ...
    @overload
    def catalogs_product_groups_create(
        self,
        catalogs_product_groups_create_request: Union[CatalogsProductGroupsCreateRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def catalogs_product_groups_create(
        self,
        catalogs_product_groups_create_request: Union[CatalogsProductGroupsCreateRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[
        CatalogsVerticalProductGroup, ApiResponse[CatalogsVerticalProductGroup], RawResponse, AsyncResult[Any]
    ]: ...
    @overload
    def catalogs_product_groups_create(
        self,
        *,
        catalogs_product_group_create_request: Union[CatalogsProductGroupsCreateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> CatalogsVerticalProductGroup: ...
    @overload
    def catalogs_product_groups_create(
        self,
        *,
        catalogs_product_group_create_request: Union[CatalogsProductGroupsCreateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsVerticalProductGroup]: ...
    @overload
    def catalogs_product_groups_create(
        self,
        *,
        catalogs_product_group_create_request: Union[CatalogsProductGroupsCreateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def catalogs_product_groups_create(
        self,
        *,
        catalogs_product_group_create_request: Union[CatalogsProductGroupsCreateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[CatalogsVerticalProductGroup]: ...
    @overload
    def catalogs_product_groups_create(
        self,
        *,
        catalogs_product_group_create_request: Union[CatalogsProductGroupsCreateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsVerticalProductGroup]]: ...
    @overload
    def catalogs_product_groups_create(
        self,
        *,
        catalogs_product_group_create_request: Union[CatalogsProductGroupsCreateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def catalogs_product_groups_create(
        self,
        *,
        catalogs_product_group_create_request: Union[CatalogsProductGroupsCreateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[
        CatalogsVerticalProductGroup, ApiResponse[CatalogsVerticalProductGroup], RawResponse, AsyncResult[Any]
    ]: ...
    @overload
    def catalogs_product_groups_create(
        self,
        *,
        unknown_base_type: Union[CatalogsProductGroupsCreateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> CatalogsVerticalProductGroup: ...
    @overload
    def catalogs_product_groups_create(
        self,
        *,
        unknown_base_type: Union[CatalogsProductGroupsCreateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsVerticalProductGroup]: ...
    @overload
    def catalogs_product_groups_create(
        self,
        *,
        unknown_base_type: Union[CatalogsProductGroupsCreateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def catalogs_product_groups_create(
        self,
        *,
        unknown_base_type: Union[CatalogsProductGroupsCreateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[CatalogsVerticalProductGroup]: ...
    @overload
    def catalogs_product_groups_create(
        self,
        *,
        unknown_base_type: Union[CatalogsProductGroupsCreateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsVerticalProductGroup]]: ...
    @overload
    def catalogs_product_groups_create(
        self,
        *,
        unknown_base_type: Union[CatalogsProductGroupsCreateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def catalogs_product_groups_create(
        self,
        *,
        unknown_base_type: Union[CatalogsProductGroupsCreateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[
        CatalogsVerticalProductGroup, ApiResponse[CatalogsVerticalProductGroup], RawResponse, AsyncResult[Any]
    ]: ...
    @overload
    def catalogs_product_groups_create_with_http_info(
        self,
        catalogs_product_groups_create_request: Union[CatalogsProductGroupsCreateRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsVerticalProductGroup]: ...
    @overload
    def catalogs_product_groups_create_with_http_info(
        self,
        catalogs_product_groups_create_request: Union[CatalogsProductGroupsCreateRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def catalogs_product_groups_create_with_http_info(
        self,
        catalogs_product_groups_create_request: Union[CatalogsProductGroupsCreateRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsVerticalProductGroup]]: ...
    @overload
    def catalogs_product_groups_create_with_http_info(
        self,
        catalogs_product_groups_create_request: Union[CatalogsProductGroupsCreateRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def catalogs_product_groups_create_with_http_info(
        self,
        catalogs_product_groups_create_request: Union[CatalogsProductGroupsCreateRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[CatalogsVerticalProductGroup], RawResponse, AsyncResult[Any]]: ...
    @overload
    def catalogs_product_groups_create_with_http_info(
        self,
        *,
        catalogs_product_group_create_request: Union[CatalogsProductGroupsCreateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsVerticalProductGroup]: ...
    @overload
    def catalogs_product_groups_create_with_http_info(
        self,
        *,
        catalogs_product_group_create_request: Union[CatalogsProductGroupsCreateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def catalogs_product_groups_create_with_http_info(
        self,
        *,
        catalogs_product_group_create_request: Union[CatalogsProductGroupsCreateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsVerticalProductGroup]]: ...
    @overload
    def catalogs_product_groups_create_with_http_info(
        self,
        *,
        catalogs_product_group_create_request: Union[CatalogsProductGroupsCreateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def catalogs_product_groups_create_with_http_info(
        self,
        *,
        catalogs_product_group_create_request: Union[CatalogsProductGroupsCreateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[CatalogsVerticalProductGroup], RawResponse, AsyncResult[Any]]: ...
    @overload
    def catalogs_product_groups_create_with_http_info(
        self,
        *,
        unknown_base_type: Union[CatalogsProductGroupsCreateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsVerticalProductGroup]: ...
    @overload
    def catalogs_product_groups_create_with_http_info(
        self,
        *,
        unknown_base_type: Union[CatalogsProductGroupsCreateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def catalogs_product_groups_create_with_http_info(
        self,
        *,
        unknown_base_type: Union[CatalogsProductGroupsCreateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsVerticalProductGroup]]: ...
    @overload
    def catalogs_product_groups_create_with_http_info(
        self,
        *,
        unknown_base_type: Union[CatalogsProductGroupsCreateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def catalogs_product_groups_create_with_http_info(
        self,
        *,
        unknown_base_type: Union[CatalogsProductGroupsCreateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[CatalogsVerticalProductGroup], RawResponse, AsyncResult[Any]]: ...
    @overload
    def catalogs_product_groups_create_many(
        self,
        catalogs_product_groups_create_many_request: List[CatalogsProductGroupsCreateManyRequestItem],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> List[str]: ...
    @overload
    def catalogs_product_groups_create_many(
        self,
        catalogs_product_groups_create_many_request: List[CatalogsProductGroupsCreateManyRequestItem],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[List[str]]: ...
    @overload
    def catalogs_product_groups_create_many(
        self,
        catalogs_product_groups_create_many_request: List[CatalogsProductGroupsCreateManyRequestItem],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def catalogs_product_groups_create_many(
        self,
        catalogs_product_groups_create_many_request: List[CatalogsProductGroupsCreateManyRequestItem],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[List[str]]: ...
    @overload
    def catalogs_product_groups_create_many(
        self,
        catalogs_product_groups_create_many_request: List[CatalogsProductGroupsCreateManyRequestItem],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[List[str]]]: ...
    @overload
    def catalogs_product_groups_create_many(
        self,
        catalogs_product_groups_create_many_request: List[CatalogsProductGroupsCreateManyRequestItem],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def catalogs_product_groups_create_many(
        self,
        catalogs_product_groups_create_many_request: List[CatalogsProductGroupsCreateManyRequestItem],
        *,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[List[str], ApiResponse[List[str]], RawResponse, AsyncResult[Any]]: ...
    @overload
    def catalogs_product_groups_create_many(
        self,
        *,
        request_body: List[CatalogsProductGroupsCreateManyRequestItem],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> List[str]: ...
    @overload
    def catalogs_product_groups_create_many(
        self,
        *,
        request_body: List[CatalogsProductGroupsCreateManyRequestItem],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[List[str]]: ...
    @overload
    def catalogs_product_groups_create_many(
        self,
        *,
        request_body: List[CatalogsProductGroupsCreateManyRequestItem],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def catalogs_product_groups_create_many(
        self,
        *,
        request_body: List[CatalogsProductGroupsCreateManyRequestItem],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[List[str]]: ...
    @overload
    def catalogs_product_groups_create_many(
        self,
        *,
        request_body: List[CatalogsProductGroupsCreateManyRequestItem],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[List[str]]]: ...
    @overload
    def catalogs_product_groups_create_many(
        self,
        *,
        request_body: List[CatalogsProductGroupsCreateManyRequestItem],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def catalogs_product_groups_create_many(
        self,
        *,
        request_body: List[CatalogsProductGroupsCreateManyRequestItem],
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[List[str], ApiResponse[List[str]], RawResponse, AsyncResult[Any]]: ...
    @overload
    def catalogs_product_groups_create_many_with_http_info(
        self,
        catalogs_product_groups_create_many_request: List[CatalogsProductGroupsCreateManyRequestItem],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[List[str]]: ...
    @overload
    def catalogs_product_groups_create_many_with_http_info(
        self,
        catalogs_product_groups_create_many_request: List[CatalogsProductGroupsCreateManyRequestItem],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def catalogs_product_groups_create_many_with_http_info(
        self,
        catalogs_product_groups_create_many_request: List[CatalogsProductGroupsCreateManyRequestItem],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[List[str]]]: ...
    @overload
    def catalogs_product_groups_create_many_with_http_info(
        self,
        catalogs_product_groups_create_many_request: List[CatalogsProductGroupsCreateManyRequestItem],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def catalogs_product_groups_create_many_with_http_info(
        self,
        catalogs_product_groups_create_many_request: List[CatalogsProductGroupsCreateManyRequestItem],
        *,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[List[str]], RawResponse, AsyncResult[Any]]: ...
    @overload
    def catalogs_product_groups_create_many_with_http_info(
        self,
        *,
        request_body: List[CatalogsProductGroupsCreateManyRequestItem],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[List[str]]: ...
    @overload
    def catalogs_product_groups_create_many_with_http_info(
        self,
        *,
        request_body: List[CatalogsProductGroupsCreateManyRequestItem],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def catalogs_product_groups_create_many_with_http_info(
        self,
        *,
        request_body: List[CatalogsProductGroupsCreateManyRequestItem],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[List[str]]]: ...
    @overload
    def catalogs_product_groups_create_many_with_http_info(
        self,
        *,
        request_body: List[CatalogsProductGroupsCreateManyRequestItem],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def catalogs_product_groups_create_many_with_http_info(
        self,
        *,
        request_body: List[CatalogsProductGroupsCreateManyRequestItem],
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[List[str]], RawResponse, AsyncResult[Any]]: ...
    @overload
    def catalogs_product_groups_delete(
        self,
        product_group_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> None: ...
    @overload
    def catalogs_product_groups_delete(
        self,
        product_group_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[None]: ...
    @overload
    def catalogs_product_groups_delete(
        self,
        product_group_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def catalogs_product_groups_delete(
        self,
        product_group_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[None]: ...
    @overload
    def catalogs_product_groups_delete(
        self,
        product_group_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[None]]: ...
    @overload
    def catalogs_product_groups_delete(
        self,
        product_group_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def catalogs_product_groups_delete(
        self,
        product_group_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[None, ApiResponse[None], RawResponse, AsyncResult[Any]]: ...
    @overload
    def catalogs_product_groups_delete_with_http_info(
        self,
        product_group_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[None]: ...
    @overload
    def catalogs_product_groups_delete_with_http_info(
        self,
        product_group_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def catalogs_product_groups_delete_with_http_info(
        self,
        product_group_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[None]]: ...
    @overload
    def catalogs_product_groups_delete_with_http_info(
        self,
        product_group_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def catalogs_product_groups_delete_with_http_info(
        self,
        product_group_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[None], RawResponse, AsyncResult[Any]]: ...
    @overload
    def catalogs_product_groups_delete_many(
        self,
        id: List[int],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> None: ...
    @overload
    def catalogs_product_groups_delete_many(
        self,
        id: List[int],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[None]: ...
    @overload
    def catalogs_product_groups_delete_many(
        self,
        id: List[int],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def catalogs_product_groups_delete_many(
        self,
        id: List[int],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[None]: ...
    @overload
    def catalogs_product_groups_delete_many(
        self,
        id: List[int],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[None]]: ...
    @overload
    def catalogs_product_groups_delete_many(
        self,
        id: List[int],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def catalogs_product_groups_delete_many(
        self,
        id: List[int],
        *,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[None, ApiResponse[None], RawResponse, AsyncResult[Any]]: ...
    @overload
    def catalogs_product_groups_delete_many_with_http_info(
        self,
        id: List[int],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[None]: ...
    @overload
    def catalogs_product_groups_delete_many_with_http_info(
        self,
        id: List[int],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def catalogs_product_groups_delete_many_with_http_info(
        self,
        id: List[int],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[None]]: ...
    @overload
    def catalogs_product_groups_delete_many_with_http_info(
        self,
        id: List[int],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def catalogs_product_groups_delete_many_with_http_info(
        self,
        id: List[int],
        *,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[None], RawResponse, AsyncResult[Any]]: ...
    @overload
    def catalogs_product_groups_get(
        self,
        product_group_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> CatalogsVerticalProductGroup: ...
    @overload
    def catalogs_product_groups_get(
        self,
        product_group_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsVerticalProductGroup]: ...
    @overload
    def catalogs_product_groups_get(
        self,
        product_group_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def catalogs_product_groups_get(
        self,
        product_group_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[CatalogsVerticalProductGroup]: ...
    @overload
    def catalogs_product_groups_get(
        self,
        product_group_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsVerticalProductGroup]]: ...
    @overload
    def catalogs_product_groups_get(
        self,
        product_group_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def catalogs_product_groups_get(
        self,
        product_group_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[
        CatalogsVerticalProductGroup, ApiResponse[CatalogsVerticalProductGroup], RawResponse, AsyncResult[Any]
    ]: ...
    @overload
    def catalogs_product_groups_get_with_http_info(
        self,
        product_group_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsVerticalProductGroup]: ...
    @overload
    def catalogs_product_groups_get_with_http_info(
        self,
        product_group_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def catalogs_product_groups_get_with_http_info(
        self,
        product_group_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsVerticalProductGroup]]: ...
    @overload
    def catalogs_product_groups_get_with_http_info(
        self,
        product_group_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def catalogs_product_groups_get_with_http_info(
        self,
        product_group_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[CatalogsVerticalProductGroup], RawResponse, AsyncResult[Any]]: ...
    @overload
    def catalogs_product_groups_list(
        self,
        *,
        id: Optional[List[int]] = None,
        feed_id: Optional[str] = None,
        catalog_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> CatalogsProductGroupsListResponse: ...
    @overload
    def catalogs_product_groups_list(
        self,
        *,
        id: Optional[List[int]] = None,
        feed_id: Optional[str] = None,
        catalog_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsProductGroupsListResponse]: ...
    @overload
    def catalogs_product_groups_list(
        self,
        *,
        id: Optional[List[int]] = None,
        feed_id: Optional[str] = None,
        catalog_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def catalogs_product_groups_list(
        self,
        *,
        id: Optional[List[int]] = None,
        feed_id: Optional[str] = None,
        catalog_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[CatalogsProductGroupsListResponse]: ...
    @overload
    def catalogs_product_groups_list(
        self,
        *,
        id: Optional[List[int]] = None,
        feed_id: Optional[str] = None,
        catalog_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsProductGroupsListResponse]]: ...
    @overload
    def catalogs_product_groups_list(
        self,
        *,
        id: Optional[List[int]] = None,
        feed_id: Optional[str] = None,
        catalog_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def catalogs_product_groups_list(
        self,
        *,
        id: Optional[List[int]] = None,
        feed_id: Optional[str] = None,
        catalog_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[
        CatalogsProductGroupsListResponse, ApiResponse[CatalogsProductGroupsListResponse], RawResponse, AsyncResult[Any]
    ]: ...
    @overload
    def catalogs_product_groups_list(
        self,
        feed_id: str,
        /,
        *,
        id: Optional[List[int]] = None,
        catalog_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> CatalogsProductGroupsListResponse: ...
    @overload
    def catalogs_product_groups_list(
        self,
        feed_id: str,
        /,
        *,
        id: Optional[List[int]] = None,
        catalog_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsProductGroupsListResponse]: ...
    @overload
    def catalogs_product_groups_list(
        self,
        feed_id: str,
        /,
        *,
        id: Optional[List[int]] = None,
        catalog_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def catalogs_product_groups_list(
        self,
        feed_id: str,
        /,
        *,
        id: Optional[List[int]] = None,
        catalog_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[CatalogsProductGroupsListResponse]: ...
    @overload
    def catalogs_product_groups_list(
        self,
        feed_id: str,
        /,
        *,
        id: Optional[List[int]] = None,
        catalog_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsProductGroupsListResponse]]: ...
    @overload
    def catalogs_product_groups_list(
        self,
        feed_id: str,
        /,
        *,
        id: Optional[List[int]] = None,
        catalog_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def catalogs_product_groups_list(
        self,
        feed_id: str,
        /,
        *,
        id: Optional[List[int]] = None,
        catalog_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[
        CatalogsProductGroupsListResponse, ApiResponse[CatalogsProductGroupsListResponse], RawResponse, AsyncResult[Any]
    ]: ...
    @overload
    def catalogs_product_groups_list_with_http_info(
        self,
        *,
        id: Optional[List[int]] = None,
        feed_id: Optional[str] = None,
        catalog_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsProductGroupsListResponse]: ...
    @overload
    def catalogs_product_groups_list_with_http_info(
        self,
        *,
        id: Optional[List[int]] = None,
        feed_id: Optional[str] = None,
        catalog_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def catalogs_product_groups_list_with_http_info(
        self,
        *,
        id: Optional[List[int]] = None,
        feed_id: Optional[str] = None,
        catalog_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsProductGroupsListResponse]]: ...
    @overload
    def catalogs_product_groups_list_with_http_info(
        self,
        *,
        id: Optional[List[int]] = None,
        feed_id: Optional[str] = None,
        catalog_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def catalogs_product_groups_list_with_http_info(
        self,
        *,
        id: Optional[List[int]] = None,
        feed_id: Optional[str] = None,
        catalog_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[CatalogsProductGroupsListResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def catalogs_product_groups_list_with_http_info(
        self,
        feed_id: str,
        /,
        *,
        id: Optional[List[int]] = None,
        catalog_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsProductGroupsListResponse]: ...
    @overload
    def catalogs_product_groups_list_with_http_info(
        self,
        feed_id: str,
        /,
        *,
        id: Optional[List[int]] = None,
        catalog_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def catalogs_product_groups_list_with_http_info(
        self,
        feed_id: str,
        /,
        *,
        id: Optional[List[int]] = None,
        catalog_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsProductGroupsListResponse]]: ...
    @overload
    def catalogs_product_groups_list_with_http_info(
        self,
        feed_id: str,
        /,
        *,
        id: Optional[List[int]] = None,
        catalog_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def catalogs_product_groups_list_with_http_info(
        self,
        feed_id: str,
        /,
        *,
        id: Optional[List[int]] = None,
        catalog_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[CatalogsProductGroupsListResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def catalogs_product_groups_product_counts_get(
        self,
        product_group_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> CatalogsProductGroupProductCountsVertical: ...
    @overload
    def catalogs_product_groups_product_counts_get(
        self,
        product_group_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsProductGroupProductCountsVertical]: ...
    @overload
    def catalogs_product_groups_product_counts_get(
        self,
        product_group_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def catalogs_product_groups_product_counts_get(
        self,
        product_group_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[CatalogsProductGroupProductCountsVertical]: ...
    @overload
    def catalogs_product_groups_product_counts_get(
        self,
        product_group_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsProductGroupProductCountsVertical]]: ...
    @overload
    def catalogs_product_groups_product_counts_get(
        self,
        product_group_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def catalogs_product_groups_product_counts_get(
        self,
        product_group_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[
        CatalogsProductGroupProductCountsVertical,
        ApiResponse[CatalogsProductGroupProductCountsVertical],
        RawResponse,
        AsyncResult[Any],
    ]: ...
    @overload
    def catalogs_product_groups_product_counts_get_with_http_info(
        self,
        product_group_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsProductGroupProductCountsVertical]: ...
    @overload
    def catalogs_product_groups_product_counts_get_with_http_info(
        self,
        product_group_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def catalogs_product_groups_product_counts_get_with_http_info(
        self,
        product_group_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsProductGroupProductCountsVertical]]: ...
    @overload
    def catalogs_product_groups_product_counts_get_with_http_info(
        self,
        product_group_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def catalogs_product_groups_product_counts_get_with_http_info(
        self,
        product_group_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[CatalogsProductGroupProductCountsVertical], RawResponse, AsyncResult[Any]]: ...
    @overload
    def catalogs_product_groups_update(
        self,
        product_group_id: str,
        catalogs_product_groups_update_request: Union[CatalogsProductGroupsUpdateRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> CatalogsVerticalProductGroup: ...
    @overload
    def catalogs_product_groups_update(
        self,
        product_group_id: str,
        catalogs_product_groups_update_request: Union[CatalogsProductGroupsUpdateRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsVerticalProductGroup]: ...
    @overload
    def catalogs_product_groups_update(
        self,
        product_group_id: str,
        catalogs_product_groups_update_request: Union[CatalogsProductGroupsUpdateRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def catalogs_product_groups_update(
        self,
        product_group_id: str,
        catalogs_product_groups_update_request: Union[CatalogsProductGroupsUpdateRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[CatalogsVerticalProductGroup]: ...
    @overload
    def catalogs_product_groups_update(
        self,
        product_group_id: str,
        catalogs_product_groups_update_request: Union[CatalogsProductGroupsUpdateRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsVerticalProductGroup]]: ...
    @overload
    def catalogs_product_groups_update(
        self,
        product_group_id: str,
        catalogs_product_groups_update_request: Union[CatalogsProductGroupsUpdateRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def catalogs_product_groups_update(
        self,
        product_group_id: str,
        catalogs_product_groups_update_request: Union[CatalogsProductGroupsUpdateRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[
        CatalogsVerticalProductGroup, ApiResponse[CatalogsVerticalProductGroup], RawResponse, AsyncResult[Any]
    ]: ...
    @overload
    def catalogs_product_groups_update(
        self,
        product_group_id: str,
        *,
        catalogs_product_group_update_request: Union[CatalogsProductGroupsUpdateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> CatalogsVerticalProductGroup: ...
    @overload
    def catalogs_product_groups_update(
        self,
        product_group_id: str,
        *,
        catalogs_product_group_update_request: Union[CatalogsProductGroupsUpdateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsVerticalProductGroup]: ...
    @overload
    def catalogs_product_groups_update(
        self,
        product_group_id: str,
        *,
        catalogs_product_group_update_request: Union[CatalogsProductGroupsUpdateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def catalogs_product_groups_update(
        self,
        product_group_id: str,
        *,
        catalogs_product_group_update_request: Union[CatalogsProductGroupsUpdateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[CatalogsVerticalProductGroup]: ...
    @overload
    def catalogs_product_groups_update(
        self,
        product_group_id: str,
        *,
        catalogs_product_group_update_request: Union[CatalogsProductGroupsUpdateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsVerticalProductGroup]]: ...
    @overload
    def catalogs_product_groups_update(
        self,
        product_group_id: str,
        *,
        catalogs_product_group_update_request: Union[CatalogsProductGroupsUpdateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def catalogs_product_groups_update(
        self,
        product_group_id: str,
        *,
        catalogs_product_group_update_request: Union[CatalogsProductGroupsUpdateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[
        CatalogsVerticalProductGroup, ApiResponse[CatalogsVerticalProductGroup], RawResponse, AsyncResult[Any]
    ]: ...
    @overload
    def catalogs_product_groups_update(
        self,
        product_group_id: str,
        *,
        unknown_base_type: Union[CatalogsProductGroupsUpdateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> CatalogsVerticalProductGroup: ...
    @overload
    def catalogs_product_groups_update(
        self,
        product_group_id: str,
        *,
        unknown_base_type: Union[CatalogsProductGroupsUpdateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsVerticalProductGroup]: ...
    @overload
    def catalogs_product_groups_update(
        self,
        product_group_id: str,
        *,
        unknown_base_type: Union[CatalogsProductGroupsUpdateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def catalogs_product_groups_update(
        self,
        product_group_id: str,
        *,
        unknown_base_type: Union[CatalogsProductGroupsUpdateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[CatalogsVerticalProductGroup]: ...
    @overload
    def catalogs_product_groups_update(
        self,
        product_group_id: str,
        *,
        unknown_base_type: Union[CatalogsProductGroupsUpdateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsVerticalProductGroup]]: ...
    @overload
    def catalogs_product_groups_update(
        self,
        product_group_id: str,
        *,
        unknown_base_type: Union[CatalogsProductGroupsUpdateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def catalogs_product_groups_update(
        self,
        product_group_id: str,
        *,
        unknown_base_type: Union[CatalogsProductGroupsUpdateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[
        CatalogsVerticalProductGroup, ApiResponse[CatalogsVerticalProductGroup], RawResponse, AsyncResult[Any]
    ]: ...
    @overload
    def catalogs_product_groups_update_with_http_info(
        self,
        product_group_id: str,
        catalogs_product_groups_update_request: Union[CatalogsProductGroupsUpdateRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsVerticalProductGroup]: ...
    @overload
    def catalogs_product_groups_update_with_http_info(
        self,
        product_group_id: str,
        catalogs_product_groups_update_request: Union[CatalogsProductGroupsUpdateRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def catalogs_product_groups_update_with_http_info(
        self,
        product_group_id: str,
        catalogs_product_groups_update_request: Union[CatalogsProductGroupsUpdateRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsVerticalProductGroup]]: ...
    @overload
    def catalogs_product_groups_update_with_http_info(
        self,
        product_group_id: str,
        catalogs_product_groups_update_request: Union[CatalogsProductGroupsUpdateRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def catalogs_product_groups_update_with_http_info(
        self,
        product_group_id: str,
        catalogs_product_groups_update_request: Union[CatalogsProductGroupsUpdateRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[CatalogsVerticalProductGroup], RawResponse, AsyncResult[Any]]: ...
    @overload
    def catalogs_product_groups_update_with_http_info(
        self,
        product_group_id: str,
        *,
        catalogs_product_group_update_request: Union[CatalogsProductGroupsUpdateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsVerticalProductGroup]: ...
    @overload
    def catalogs_product_groups_update_with_http_info(
        self,
        product_group_id: str,
        *,
        catalogs_product_group_update_request: Union[CatalogsProductGroupsUpdateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def catalogs_product_groups_update_with_http_info(
        self,
        product_group_id: str,
        *,
        catalogs_product_group_update_request: Union[CatalogsProductGroupsUpdateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsVerticalProductGroup]]: ...
    @overload
    def catalogs_product_groups_update_with_http_info(
        self,
        product_group_id: str,
        *,
        catalogs_product_group_update_request: Union[CatalogsProductGroupsUpdateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def catalogs_product_groups_update_with_http_info(
        self,
        product_group_id: str,
        *,
        catalogs_product_group_update_request: Union[CatalogsProductGroupsUpdateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[CatalogsVerticalProductGroup], RawResponse, AsyncResult[Any]]: ...
    @overload
    def catalogs_product_groups_update_with_http_info(
        self,
        product_group_id: str,
        *,
        unknown_base_type: Union[CatalogsProductGroupsUpdateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsVerticalProductGroup]: ...
    @overload
    def catalogs_product_groups_update_with_http_info(
        self,
        product_group_id: str,
        *,
        unknown_base_type: Union[CatalogsProductGroupsUpdateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def catalogs_product_groups_update_with_http_info(
        self,
        product_group_id: str,
        *,
        unknown_base_type: Union[CatalogsProductGroupsUpdateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsVerticalProductGroup]]: ...
    @overload
    def catalogs_product_groups_update_with_http_info(
        self,
        product_group_id: str,
        *,
        unknown_base_type: Union[CatalogsProductGroupsUpdateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def catalogs_product_groups_update_with_http_info(
        self,
        product_group_id: str,
        *,
        unknown_base_type: Union[CatalogsProductGroupsUpdateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[CatalogsVerticalProductGroup], RawResponse, AsyncResult[Any]]: ...
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
    def items_post(
        self,
        catalogs_items_request: Union[CatalogsItemsRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> CatalogsItems: ...
    @overload
    def items_post(
        self,
        catalogs_items_request: Union[CatalogsItemsRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsItems]: ...
    @overload
    def items_post(
        self,
        catalogs_items_request: Union[CatalogsItemsRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def items_post(
        self,
        catalogs_items_request: Union[CatalogsItemsRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[CatalogsItems]: ...
    @overload
    def items_post(
        self,
        catalogs_items_request: Union[CatalogsItemsRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsItems]]: ...
    @overload
    def items_post(
        self,
        catalogs_items_request: Union[CatalogsItemsRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def items_post(
        self,
        catalogs_items_request: Union[CatalogsItemsRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[CatalogsItems, ApiResponse[CatalogsItems], RawResponse, AsyncResult[Any]]: ...
    @overload
    def items_post_with_http_info(
        self,
        catalogs_items_request: Union[CatalogsItemsRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsItems]: ...
    @overload
    def items_post_with_http_info(
        self,
        catalogs_items_request: Union[CatalogsItemsRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def items_post_with_http_info(
        self,
        catalogs_items_request: Union[CatalogsItemsRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsItems]]: ...
    @overload
    def items_post_with_http_info(
        self,
        catalogs_items_request: Union[CatalogsItemsRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def items_post_with_http_info(
        self,
        catalogs_items_request: Union[CatalogsItemsRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[CatalogsItems], RawResponse, AsyncResult[Any]]: ...
    @overload
    def items_batch_get(
        self,
        batch_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> CatalogsItemsBatch: ...
    @overload
    def items_batch_get(
        self,
        batch_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsItemsBatch]: ...
    @overload
    def items_batch_get(
        self,
        batch_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def items_batch_get(
        self,
        batch_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[CatalogsItemsBatch]: ...
    @overload
    def items_batch_get(
        self,
        batch_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsItemsBatch]]: ...
    @overload
    def items_batch_get(
        self,
        batch_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def items_batch_get(
        self,
        batch_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[CatalogsItemsBatch, ApiResponse[CatalogsItemsBatch], RawResponse, AsyncResult[Any]]: ...
    @overload
    def items_batch_get_with_http_info(
        self,
        batch_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsItemsBatch]: ...
    @overload
    def items_batch_get_with_http_info(
        self,
        batch_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def items_batch_get_with_http_info(
        self,
        batch_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsItemsBatch]]: ...
    @overload
    def items_batch_get_with_http_info(
        self,
        batch_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def items_batch_get_with_http_info(
        self,
        batch_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[CatalogsItemsBatch], RawResponse, AsyncResult[Any]]: ...
    @overload
    def items_batch_post(
        self,
        items_batch_post_request: Union[ItemsBatchPostRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> CatalogsItemsBatch: ...
    @overload
    def items_batch_post(
        self,
        items_batch_post_request: Union[ItemsBatchPostRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsItemsBatch]: ...
    @overload
    def items_batch_post(
        self,
        items_batch_post_request: Union[ItemsBatchPostRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def items_batch_post(
        self,
        items_batch_post_request: Union[ItemsBatchPostRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[CatalogsItemsBatch]: ...
    @overload
    def items_batch_post(
        self,
        items_batch_post_request: Union[ItemsBatchPostRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsItemsBatch]]: ...
    @overload
    def items_batch_post(
        self,
        items_batch_post_request: Union[ItemsBatchPostRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def items_batch_post(
        self,
        items_batch_post_request: Union[ItemsBatchPostRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[CatalogsItemsBatch, ApiResponse[CatalogsItemsBatch], RawResponse, AsyncResult[Any]]: ...
    @overload
    def items_batch_post(
        self,
        *,
        catalogs_items_batch_request: Union[ItemsBatchPostRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> CatalogsItemsBatch: ...
    @overload
    def items_batch_post(
        self,
        *,
        catalogs_items_batch_request: Union[ItemsBatchPostRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsItemsBatch]: ...
    @overload
    def items_batch_post(
        self,
        *,
        catalogs_items_batch_request: Union[ItemsBatchPostRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def items_batch_post(
        self,
        *,
        catalogs_items_batch_request: Union[ItemsBatchPostRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[CatalogsItemsBatch]: ...
    @overload
    def items_batch_post(
        self,
        *,
        catalogs_items_batch_request: Union[ItemsBatchPostRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsItemsBatch]]: ...
    @overload
    def items_batch_post(
        self,
        *,
        catalogs_items_batch_request: Union[ItemsBatchPostRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def items_batch_post(
        self,
        *,
        catalogs_items_batch_request: Union[ItemsBatchPostRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[CatalogsItemsBatch, ApiResponse[CatalogsItemsBatch], RawResponse, AsyncResult[Any]]: ...
    @overload
    def items_batch_post(
        self,
        *,
        unknown_base_type: Union[ItemsBatchPostRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> CatalogsItemsBatch: ...
    @overload
    def items_batch_post(
        self,
        *,
        unknown_base_type: Union[ItemsBatchPostRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsItemsBatch]: ...
    @overload
    def items_batch_post(
        self,
        *,
        unknown_base_type: Union[ItemsBatchPostRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def items_batch_post(
        self,
        *,
        unknown_base_type: Union[ItemsBatchPostRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[CatalogsItemsBatch]: ...
    @overload
    def items_batch_post(
        self,
        *,
        unknown_base_type: Union[ItemsBatchPostRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsItemsBatch]]: ...
    @overload
    def items_batch_post(
        self,
        *,
        unknown_base_type: Union[ItemsBatchPostRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def items_batch_post(
        self,
        *,
        unknown_base_type: Union[ItemsBatchPostRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[CatalogsItemsBatch, ApiResponse[CatalogsItemsBatch], RawResponse, AsyncResult[Any]]: ...
    @overload
    def items_batch_post_with_http_info(
        self,
        items_batch_post_request: Union[ItemsBatchPostRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsItemsBatch]: ...
    @overload
    def items_batch_post_with_http_info(
        self,
        items_batch_post_request: Union[ItemsBatchPostRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def items_batch_post_with_http_info(
        self,
        items_batch_post_request: Union[ItemsBatchPostRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsItemsBatch]]: ...
    @overload
    def items_batch_post_with_http_info(
        self,
        items_batch_post_request: Union[ItemsBatchPostRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def items_batch_post_with_http_info(
        self,
        items_batch_post_request: Union[ItemsBatchPostRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[CatalogsItemsBatch], RawResponse, AsyncResult[Any]]: ...
    @overload
    def items_batch_post_with_http_info(
        self,
        *,
        catalogs_items_batch_request: Union[ItemsBatchPostRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsItemsBatch]: ...
    @overload
    def items_batch_post_with_http_info(
        self,
        *,
        catalogs_items_batch_request: Union[ItemsBatchPostRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def items_batch_post_with_http_info(
        self,
        *,
        catalogs_items_batch_request: Union[ItemsBatchPostRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsItemsBatch]]: ...
    @overload
    def items_batch_post_with_http_info(
        self,
        *,
        catalogs_items_batch_request: Union[ItemsBatchPostRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def items_batch_post_with_http_info(
        self,
        *,
        catalogs_items_batch_request: Union[ItemsBatchPostRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[CatalogsItemsBatch], RawResponse, AsyncResult[Any]]: ...
    @overload
    def items_batch_post_with_http_info(
        self,
        *,
        unknown_base_type: Union[ItemsBatchPostRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsItemsBatch]: ...
    @overload
    def items_batch_post_with_http_info(
        self,
        *,
        unknown_base_type: Union[ItemsBatchPostRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def items_batch_post_with_http_info(
        self,
        *,
        unknown_base_type: Union[ItemsBatchPostRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsItemsBatch]]: ...
    @overload
    def items_batch_post_with_http_info(
        self,
        *,
        unknown_base_type: Union[ItemsBatchPostRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def items_batch_post_with_http_info(
        self,
        *,
        unknown_base_type: Union[ItemsBatchPostRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[CatalogsItemsBatch], RawResponse, AsyncResult[Any]]: ...
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
    @overload
    def products_by_product_group_filter_list(
        self,
        catalogs_list_products_by_filter_request: Union[CatalogsListProductsByFilterRequest, Dict[str, Any]],
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        pin_metrics: Optional[bool] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ProductsByProductGroupFilterListResponse: ...
    @overload
    def products_by_product_group_filter_list(
        self,
        catalogs_list_products_by_filter_request: Union[CatalogsListProductsByFilterRequest, Dict[str, Any]],
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        pin_metrics: Optional[bool] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[ProductsByProductGroupFilterListResponse]: ...
    @overload
    def products_by_product_group_filter_list(
        self,
        catalogs_list_products_by_filter_request: Union[CatalogsListProductsByFilterRequest, Dict[str, Any]],
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        pin_metrics: Optional[bool] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def products_by_product_group_filter_list(
        self,
        catalogs_list_products_by_filter_request: Union[CatalogsListProductsByFilterRequest, Dict[str, Any]],
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        pin_metrics: Optional[bool] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ProductsByProductGroupFilterListResponse]: ...
    @overload
    def products_by_product_group_filter_list(
        self,
        catalogs_list_products_by_filter_request: Union[CatalogsListProductsByFilterRequest, Dict[str, Any]],
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        pin_metrics: Optional[bool] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[ProductsByProductGroupFilterListResponse]]: ...
    @overload
    def products_by_product_group_filter_list(
        self,
        catalogs_list_products_by_filter_request: Union[CatalogsListProductsByFilterRequest, Dict[str, Any]],
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        pin_metrics: Optional[bool] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def products_by_product_group_filter_list(
        self,
        catalogs_list_products_by_filter_request: Union[CatalogsListProductsByFilterRequest, Dict[str, Any]],
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        pin_metrics: Optional[bool] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[
        ProductsByProductGroupFilterListResponse,
        ApiResponse[ProductsByProductGroupFilterListResponse],
        RawResponse,
        AsyncResult[Any],
    ]: ...
    @overload
    def products_by_product_group_filter_list_with_http_info(
        self,
        catalogs_list_products_by_filter_request: Union[CatalogsListProductsByFilterRequest, Dict[str, Any]],
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        pin_metrics: Optional[bool] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[ProductsByProductGroupFilterListResponse]: ...
    @overload
    def products_by_product_group_filter_list_with_http_info(
        self,
        catalogs_list_products_by_filter_request: Union[CatalogsListProductsByFilterRequest, Dict[str, Any]],
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        pin_metrics: Optional[bool] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def products_by_product_group_filter_list_with_http_info(
        self,
        catalogs_list_products_by_filter_request: Union[CatalogsListProductsByFilterRequest, Dict[str, Any]],
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        pin_metrics: Optional[bool] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[ProductsByProductGroupFilterListResponse]]: ...
    @overload
    def products_by_product_group_filter_list_with_http_info(
        self,
        catalogs_list_products_by_filter_request: Union[CatalogsListProductsByFilterRequest, Dict[str, Any]],
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        pin_metrics: Optional[bool] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def products_by_product_group_filter_list_with_http_info(
        self,
        catalogs_list_products_by_filter_request: Union[CatalogsListProductsByFilterRequest, Dict[str, Any]],
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        pin_metrics: Optional[bool] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[ProductsByProductGroupFilterListResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def reports_create(
        self,
        catalogs_report_parameters: Union[CatalogsReportParameters, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> CatalogsCreateReportResponse: ...
    @overload
    def reports_create(
        self,
        catalogs_report_parameters: Union[CatalogsReportParameters, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsCreateReportResponse]: ...
    @overload
    def reports_create(
        self,
        catalogs_report_parameters: Union[CatalogsReportParameters, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def reports_create(
        self,
        catalogs_report_parameters: Union[CatalogsReportParameters, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[CatalogsCreateReportResponse]: ...
    @overload
    def reports_create(
        self,
        catalogs_report_parameters: Union[CatalogsReportParameters, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsCreateReportResponse]]: ...
    @overload
    def reports_create(
        self,
        catalogs_report_parameters: Union[CatalogsReportParameters, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def reports_create(
        self,
        catalogs_report_parameters: Union[CatalogsReportParameters, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[
        CatalogsCreateReportResponse, ApiResponse[CatalogsCreateReportResponse], RawResponse, AsyncResult[Any]
    ]: ...
    @overload
    def reports_create_with_http_info(
        self,
        catalogs_report_parameters: Union[CatalogsReportParameters, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsCreateReportResponse]: ...
    @overload
    def reports_create_with_http_info(
        self,
        catalogs_report_parameters: Union[CatalogsReportParameters, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def reports_create_with_http_info(
        self,
        catalogs_report_parameters: Union[CatalogsReportParameters, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsCreateReportResponse]]: ...
    @overload
    def reports_create_with_http_info(
        self,
        catalogs_report_parameters: Union[CatalogsReportParameters, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def reports_create_with_http_info(
        self,
        catalogs_report_parameters: Union[CatalogsReportParameters, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[CatalogsCreateReportResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def reports_get(
        self,
        token: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> CatalogsReport: ...
    @overload
    def reports_get(
        self,
        token: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsReport]: ...
    @overload
    def reports_get(
        self,
        token: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def reports_get(
        self,
        token: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[CatalogsReport]: ...
    @overload
    def reports_get(
        self,
        token: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsReport]]: ...
    @overload
    def reports_get(
        self,
        token: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def reports_get(
        self,
        token: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[CatalogsReport, ApiResponse[CatalogsReport], RawResponse, AsyncResult[Any]]: ...
    @overload
    def reports_get_with_http_info(
        self,
        token: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsReport]: ...
    @overload
    def reports_get_with_http_info(
        self,
        token: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def reports_get_with_http_info(
        self,
        token: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsReport]]: ...
    @overload
    def reports_get_with_http_info(
        self,
        token: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def reports_get_with_http_info(
        self,
        token: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[CatalogsReport], RawResponse, AsyncResult[Any]]: ...
    @overload
    def reports_stats(
        self,
        parameters: ReportsStatsParameters,
        *,
        ad_account_id: Optional[str] = None,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ReportsStatsResponse: ...
    @overload
    def reports_stats(
        self,
        parameters: ReportsStatsParameters,
        *,
        ad_account_id: Optional[str] = None,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[ReportsStatsResponse]: ...
    @overload
    def reports_stats(
        self,
        parameters: ReportsStatsParameters,
        *,
        ad_account_id: Optional[str] = None,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def reports_stats(
        self,
        parameters: ReportsStatsParameters,
        *,
        ad_account_id: Optional[str] = None,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ReportsStatsResponse]: ...
    @overload
    def reports_stats(
        self,
        parameters: ReportsStatsParameters,
        *,
        ad_account_id: Optional[str] = None,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[ReportsStatsResponse]]: ...
    @overload
    def reports_stats(
        self,
        parameters: ReportsStatsParameters,
        *,
        ad_account_id: Optional[str] = None,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def reports_stats(
        self,
        parameters: ReportsStatsParameters,
        *,
        ad_account_id: Optional[str] = None,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ReportsStatsResponse, ApiResponse[ReportsStatsResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def reports_stats_with_http_info(
        self,
        parameters: ReportsStatsParameters,
        *,
        ad_account_id: Optional[str] = None,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[ReportsStatsResponse]: ...
    @overload
    def reports_stats_with_http_info(
        self,
        parameters: ReportsStatsParameters,
        *,
        ad_account_id: Optional[str] = None,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def reports_stats_with_http_info(
        self,
        parameters: ReportsStatsParameters,
        *,
        ad_account_id: Optional[str] = None,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[ReportsStatsResponse]]: ...
    @overload
    def reports_stats_with_http_info(
        self,
        parameters: ReportsStatsParameters,
        *,
        ad_account_id: Optional[str] = None,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def reports_stats_with_http_info(
        self,
        parameters: ReportsStatsParameters,
        *,
        ad_account_id: Optional[str] = None,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[ReportsStatsResponse], RawResponse, AsyncResult[Any]]: ...
