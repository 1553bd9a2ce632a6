# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""CatalogFeedsApi: View and manage catalog feeds."""

from typing import Any, Dict, List, Literal, Optional, Union, overload

from typing_extensions import Unpack

from pinterest_client.api_client import ApiResponse, AsyncResult, RawResponse, RequestOptions
from pinterest_client.model.catalogs_feed import CatalogsFeed
from pinterest_client.model.catalogs_feed_ingestion import CatalogsFeedIngestion
from pinterest_client.model.catalogs_item_validation_issue import CatalogsItemValidationIssue
from pinterest_client.model.feed_processing_results_list_response import FeedProcessingResultsListResponse
from pinterest_client.model.feeds_create_request import FeedsCreateRequest
from pinterest_client.model.feeds_list_response import FeedsListResponse
from pinterest_client.model.feeds_update_request import FeedsUpdateRequest
from pinterest_client.model.items_issues_list_response import ItemsIssuesListResponse
from pinterest_client.model_utils import Endpoint, Operation

_FEEDS_LIST: Operation
_FEEDS_CREATE: Operation
_FEEDS_GET: Operation
_FEEDS_DELETE: Operation
_FEEDS_UPDATE: Operation
_FEEDS_INGEST: Operation
_FEED_PROCESSING_RESULTS_LIST: Operation
_ITEMS_ISSUES_LIST: Operation

_CatalogsItemValidationIssueValue = Literal[
    "AD_IMAGE_0_LINK_LENGTH_TOO_LONG",
    "AD_IMAGE_1_LINK_LENGTH_TOO_LONG",
    "AD_IMAGE_2_LINK_LENGTH_TOO_LONG",
    "AD_IMAGE_3_LINK_LENGTH_TOO_LONG",
    "AD_IMAGE_4_LINK_LENGTH_TOO_LONG",
    "AD_IMAGE_5_LINK_LENGTH_TOO_LONG",
    "AD_IMAGE_6_LINK_LENGTH_TOO_LONG",
    "AD_IMAGE_7_LINK_LENGTH_TOO_LONG",
    "AD_IMAGE_8_LINK_LENGTH_TOO_LONG",
    "AD_IMAGE_9_LINK_LENGTH_TOO_LONG",
    "AD_IMAGE_10_LINK_LENGTH_TOO_LONG",
    "AD_IMAGE_11_LINK_LENGTH_TOO_LONG",
    "AD_IMAGE_12_LINK_LENGTH_TOO_LONG",
    "AD_IMAGE_13_LINK_LENGTH_TOO_LONG",
    "AD_IMAGE_14_LINK_LENGTH_TOO_LONG",
    "AD_IMAGE_15_LINK_LENGTH_TOO_LONG",
    "AD_IMAGE_16_LINK_LENGTH_TOO_LONG",
    "AD_IMAGE_17_LINK_LENGTH_TOO_LONG",
    "AD_IMAGE_18_LINK_LENGTH_TOO_LONG",
    "AD_IMAGE_19_LINK_LENGTH_TOO_LONG",
    "AD_IMAGE_0_LINK_WARNING",
    "AD_IMAGE_1_LINK_WARNING",
    "AD_IMAGE_2_LINK_WARNING",
    "AD_IMAGE_3_LINK_WARNING",
    "AD_IMAGE_4_LINK_WARNING",
    "AD_IMAGE_5_LINK_WARNING",
    "AD_IMAGE_6_LINK_WARNING",
    "AD_IMAGE_7_LINK_WARNING",
    "AD_IMAGE_8_LINK_WARNING",
    "AD_IMAGE_9_LINK_WARNING",
    "AD_IMAGE_10_LINK_WARNING",
    "AD_IMAGE_11_LINK_WARNING",
    "AD_IMAGE_12_LINK_WARNING",
    "AD_IMAGE_13_LINK_WARNING",
    "AD_IMAGE_14_LINK_WARNING",
    "AD_IMAGE_15_LINK_WARNING",
    "AD_IMAGE_16_LINK_WARNING",
    "AD_IMAGE_17_LINK_WARNING",
    "AD_IMAGE_18_LINK_WARNING",
    "AD_IMAGE_19_LINK_WARNING",
    "AD_IMAGE_0_LINK_REQUIRED",
    "AD_IMAGE_1_LINK_REQUIRED",
    "AD_IMAGE_2_LINK_REQUIRED",
    "AD_IMAGE_3_LINK_REQUIRED",
    "AD_IMAGE_4_LINK_REQUIRED",
    "AD_IMAGE_5_LINK_REQUIRED",
    "AD_IMAGE_6_LINK_REQUIRED",
    "AD_IMAGE_7_LINK_REQUIRED",
    "AD_IMAGE_8_LINK_REQUIRED",
    "AD_IMAGE_9_LINK_REQUIRED",
    "AD_IMAGE_10_LINK_REQUIRED",
    "AD_IMAGE_11_LINK_REQUIRED",
    "AD_IMAGE_12_LINK_REQUIRED",
    "AD_IMAGE_13_LINK_REQUIRED",
    "AD_IMAGE_14_LINK_REQUIRED",
    "AD_IMAGE_15_LINK_REQUIRED",
    "AD_IMAGE_16_LINK_REQUIRED",
    "AD_IMAGE_17_LINK_REQUIRED",
    "AD_IMAGE_18_LINK_REQUIRED",
    "AD_IMAGE_19_LINK_REQUIRED",
    "AD_IMAGE_0_TAG_LENGTH_TOO_LONG",
    "AD_IMAGE_1_TAG_LENGTH_TOO_LONG",
    "AD_IMAGE_2_TAG_LENGTH_TOO_LONG",
    "AD_IMAGE_3_TAG_LENGTH_TOO_LONG",
    "AD_IMAGE_4_TAG_LENGTH_TOO_LONG",
    "AD_IMAGE_5_TAG_LENGTH_TOO_LONG",
    "AD_IMAGE_6_TAG_LENGTH_TOO_LONG",
    "AD_IMAGE_7_TAG_LENGTH_TOO_LONG",
    "AD_IMAGE_8_TAG_LENGTH_TOO_LONG",
    "AD_IMAGE_9_TAG_LENGTH_TOO_LONG",
    "AD_IMAGE_10_TAG_LENGTH_TOO_LONG",
    "AD_IMAGE_11_TAG_LENGTH_TOO_LONG",
    "AD_IMAGE_12_TAG_LENGTH_TOO_LONG",
    "AD_IMAGE_13_TAG_LENGTH_TOO_LONG",
    "AD_IMAGE_14_TAG_LENGTH_TOO_LONG",
    "AD_IMAGE_15_TAG_LENGTH_TOO_LONG",
    "AD_IMAGE_16_TAG_LENGTH_TOO_LONG",
    "AD_IMAGE_17_TAG_LENGTH_TOO_LONG",
    "AD_IMAGE_18_TAG_LENGTH_TOO_LONG",
    "AD_IMAGE_19_TAG_LENGTH_TOO_LONG",
    "AD_IMAGE_0_TAG_REQUIRED",
    "AD_IMAGE_1_TAG_REQUIRED",
    "AD_IMAGE_2_TAG_REQUIRED",
    "AD_IMAGE_3_TAG_REQUIRED",
    "AD_IMAGE_4_TAG_REQUIRED",
    "AD_IMAGE_5_TAG_REQUIRED",
    "AD_IMAGE_6_TAG_REQUIRED",
    "AD_IMAGE_7_TAG_REQUIRED",
    "AD_IMAGE_8_TAG_REQUIRED",
    "AD_IMAGE_9_TAG_REQUIRED",
    "AD_IMAGE_10_TAG_REQUIRED",
    "AD_IMAGE_11_TAG_REQUIRED",
    "AD_IMAGE_12_TAG_REQUIRED",
    "AD_IMAGE_13_TAG_REQUIRED",
    "AD_IMAGE_14_TAG_REQUIRED",
    "AD_IMAGE_15_TAG_REQUIRED",
    "AD_IMAGE_16_TAG_REQUIRED",
    "AD_IMAGE_17_TAG_REQUIRED",
    "AD_IMAGE_18_TAG_REQUIRED",
    "AD_IMAGE_19_TAG_REQUIRED",
    "AD_IMAGE_0_LINK_DUPLICATED",
    "AD_IMAGE_1_LINK_DUPLICATED",
    "AD_IMAGE_2_LINK_DUPLICATED",
    "AD_IMAGE_3_LINK_DUPLICATED",
    "AD_IMAGE_4_LINK_DUPLICATED",
    "AD_IMAGE_5_LINK_DUPLICATED",
    "AD_IMAGE_6_LINK_DUPLICATED",
    "AD_IMAGE_7_LINK_DUPLICATED",
    "AD_IMAGE_8_LINK_DUPLICATED",
    "AD_IMAGE_9_LINK_DUPLICATED",
    "AD_IMAGE_10_LINK_DUPLICATED",
    "AD_IMAGE_11_LINK_DUPLICATED",
    "AD_IMAGE_12_LINK_DUPLICATED",
    "AD_IMAGE_13_LINK_DUPLICATED",
    "AD_IMAGE_14_LINK_DUPLICATED",
    "AD_IMAGE_15_LINK_DUPLICATED",
    "AD_IMAGE_16_LINK_DUPLICATED",
    "AD_IMAGE_17_LINK_DUPLICATED",
    "AD_IMAGE_18_LINK_DUPLICATED",
    "AD_IMAGE_19_LINK_DUPLICATED",
    "AD_IMAGE_0_TAG_DUPLICATED",
    "AD_IMAGE_1_TAG_DUPLICATED",
    "AD_IMAGE_2_TAG_DUPLICATED",
    "AD_IMAGE_3_TAG_DUPLICATED",
    "AD_IMAGE_4_TAG_DUPLICATED",
    "AD_IMAGE_5_TAG_DUPLICATED",
    "AD_IMAGE_6_TAG_DUPLICATED",
    "AD_IMAGE_7_TAG_DUPLICATED",
    "AD_IMAGE_8_TAG_DUPLICATED",
    "AD_IMAGE_9_TAG_DUPLICATED",
    "AD_IMAGE_10_TAG_DUPLICATED",
    "AD_IMAGE_11_TAG_DUPLICATED",
    "AD_IMAGE_12_TAG_DUPLICATED",
    "AD_IMAGE_13_TAG_DUPLICATED",
    "AD_IMAGE_14_TAG_DUPLICATED",
    "AD_IMAGE_15_TAG_DUPLICATED",
    "AD_IMAGE_16_TAG_DUPLICATED",
    "AD_IMAGE_17_TAG_DUPLICATED",
    "AD_IMAGE_18_TAG_DUPLICATED",
    "AD_IMAGE_19_TAG_DUPLICATED",
    "AD_VIDEO_0_LINK_LENGTH_TOO_LONG",
    "AD_VIDEO_1_LINK_LENGTH_TOO_LONG",
    "AD_VIDEO_2_LINK_LENGTH_TOO_LONG",
    "AD_VIDEO_0_LINK_WARNING",
    "AD_VIDEO_1_LINK_WARNING",
    "AD_VIDEO_2_LINK_WARNING",
    "AD_VIDEO_0_LINK_REQUIRED",
    "AD_VIDEO_1_LINK_REQUIRED",
    "AD_VIDEO_2_LINK_REQUIRED",
    "AD_VIDEO_0_LINK_DUPLICATED",
    "AD_VIDEO_1_LINK_DUPLICATED",
    "AD_VIDEO_2_LINK_DUPLICATED",
    "AD_VIDEO_0_TAG_LENGTH_TOO_LONG",
    "AD_VIDEO_1_TAG_LENGTH_TOO_LONG",
    "AD_VIDEO_2_TAG_LENGTH_TOO_LONG",
    "AD_VIDEO_0_TAG_REQUIRED",
    "AD_VIDEO_1_TAG_REQUIRED",
    "AD_VIDEO_2_TAG_REQUIRED",
    "AD_VIDEO_0_TAG_DUPLICATED",
    "AD_VIDEO_1_TAG_DUPLICATED",
    "AD_VIDEO_2_TAG_DUPLICATED",
    "VIDEO_REQUIRED_WHEN_AD_VIDEO_PROVIDED",
    "AD_LINK_FORMAT_WARNING",
    "AD_LINK_SAME_AS_LINK",
    "ADDITIONAL_IMAGE_LINK_LENGTH_TOO_LONG",
    "ADDITIONAL_IMAGE_LINK_WARNING",
    "ADULT_INVALID",
    "ADWORDS_FORMAT_INVALID",
    "ADWORDS_FORMAT_WARNING",
    "ADWORDS_SAME_AS_LINK",
    "AGE_GROUP_INVALID",
    "ANDROID_DEEP_LINK_INVALID",
    "AVAILABILITY_DATE_INVALID",
    "AVAILABILITY_INVALID",
    "BLOCKLISTED_IMAGE_SIGNATURE",
    "COUNTRY_DOES_NOT_MAP_TO_CURRENCY",
    "CUSTOM_LABEL_LENGTH_TOO_LONG",
    "DESCRIPTION_LENGTH_TOO_LONG",
    "DESCRIPTION_MISSING",
    "DUPLICATE_PRODUCTS",
    "EXPIRATION_DATE_INVALID",
    "GENDER_INVALID",
    "GTIN_INVALID",
    "IMAGE_LINK_INVALID",
    "IMAGE_LINK_LENGTH_TOO_LONG",
    "IMAGE_LINK_MISSING",
    "IMAGE_LINK_WARNING",
    "INVALID_DOMAIN",
    "IOS_DEEP_LINK_INVALID",
    "IS_BUNDLE_INVALID",
    "ITEM_ADDITIONAL_IMAGE_DOWNLOAD_FAILURE",
    "ITEM_MAIN_IMAGE_DOWNLOAD_FAILURE",
    "ITEMID_MISSING",
    "LINK_FORMAT_INVALID",
    "LINK_FORMAT_WARNING",
    "LINK_LENGTH_TOO_LONG",
    "LIST_PRICE_INVALID",
    "MAX_ITEMS_PER_ITEM_GROUP_EXCEEDED",
    "MIN_AD_PRICE_INVALID",
    "MPN_INVALID",
    "MULTIPACK_INVALID",
    "OPTIONAL_CONDITION_INVALID",
    "OPTIONAL_CONDITION_MISSING",
    "OPTIONAL_PRODUCT_CATEGORY_INVALID",
    "OPTIONAL_PRODUCT_CATEGORY_MISSING",
    "PARSE_LINE_ERROR",
    "PINJOIN_CONTENT_UNSAFE",
    "PRICE_CANNOT_BE_DETERMINED",
    "PRICE_MISSING",
    "PRODUCT_CATEGORY_DEPTH_WARNING",
    "PRODUCT_LINK_MISSING",
    "PRODUCT_PRICE_INVALID",
    "PRODUCT_TYPE_LENGTH_TOO_LONG",
    "SALE_DATE_INVALID",
    "SALES_PRICE_INVALID",
    "SALES_PRICE_TOO_HIGH",
    "SALES_PRICE_TOO_LOW",
    "SHIPPING_INVALID",
    "SHIPPING_HEIGHT_INVALID",
    "SHIPPING_WEIGHT_INVALID",
    "SHIPPING_WIDTH_INVALID",
    "SIZE_SYSTEM_INVALID",
    "SIZE_TYPE_INVALID",
    "TAX_INVALID",
    "TITLE_LENGTH_TOO_LONG",
    "TITLE_MISSING",
    "TOO_MANY_ADDITIONAL_IMAGE_LINKS",
    "UTM_SOURCE_AUTO_CORRECTED",
    "WEIGHT_UNIT_INVALID",
]

class CatalogFeedsApi(Endpoint):
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
        item_validation_issue: Optional[Union[CatalogsItemValidationIssue, _CatalogsItemValidationIssueValue]] = None,
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
        item_validation_issue: Optional[Union[CatalogsItemValidationIssue, _CatalogsItemValidationIssueValue]] = None,
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
        item_validation_issue: Optional[Union[CatalogsItemValidationIssue, _CatalogsItemValidationIssueValue]] = None,
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
        item_validation_issue: Optional[Union[CatalogsItemValidationIssue, _CatalogsItemValidationIssueValue]] = None,
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
        item_validation_issue: Optional[Union[CatalogsItemValidationIssue, _CatalogsItemValidationIssueValue]] = None,
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
        item_validation_issue: Optional[Union[CatalogsItemValidationIssue, _CatalogsItemValidationIssueValue]] = None,
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
        item_validation_issue: Optional[Union[CatalogsItemValidationIssue, _CatalogsItemValidationIssueValue]] = None,
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
        item_validation_issue: Optional[Union[CatalogsItemValidationIssue, _CatalogsItemValidationIssueValue]] = None,
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
        item_validation_issue: Optional[Union[CatalogsItemValidationIssue, _CatalogsItemValidationIssueValue]] = None,
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
        item_validation_issue: Optional[Union[CatalogsItemValidationIssue, _CatalogsItemValidationIssueValue]] = None,
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
        item_validation_issue: Optional[Union[CatalogsItemValidationIssue, _CatalogsItemValidationIssueValue]] = None,
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
        item_validation_issue: Optional[Union[CatalogsItemValidationIssue, _CatalogsItemValidationIssueValue]] = None,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[ItemsIssuesListResponse], RawResponse, AsyncResult[Any]]: ...
