# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""ProductCategoriesApi"""

from typing import Any, List, Literal, Optional, Union, overload

from typing_extensions import Unpack

from pinterest_client._operations import ApiBase, Operation
from pinterest_client.api_client import ApiResponse, AsyncResult, RawResponse, RequestOptions
from pinterest_client.model.age_trends_bucket import AgeTrendsBucket, AgeTrendsBucketValue
from pinterest_client.model.featured_trend import FeaturedTrend
from pinterest_client.model.gender_bucket import GenderBucket, GenderBucketValue
from pinterest_client.model.interests_enum import InterestsEnum, InterestsEnumValue
from pinterest_client.model.product_categories_engagement_type import (
    ProductCategoriesEngagementType,
    ProductCategoriesEngagementTypeValue,
)
from pinterest_client.model.product_category_detail_lookback_window import (
    ProductCategoryDetailLookbackWindow,
    ProductCategoryDetailLookbackWindowValue,
)
from pinterest_client.model.product_category_details import ProductCategoryDetails
from pinterest_client.model.product_category_enum import ProductCategoryEnum, ProductCategoryEnumValue
from pinterest_client.model.product_category_region import ProductCategoryRegion, ProductCategoryRegionValue
from pinterest_client.model.trending_product_category import TrendingProductCategory
from pinterest_client.model.vertical_product_category import VerticalProductCategory, VerticalProductCategoryValue

_TRENDS_FEATURED_TOPICS_LIST: Operation
_TRENDS_PRODUCT_CATEGORIES_DETAILS_LIST: Operation
_TRENDS_PRODUCT_CATEGORIES_TRENDING_LIST: Operation

class ProductCategoriesApi(ApiBase):
    """Operations tagged `product_categories`."""
    @overload
    def trends_featured_topics_list(
        self,
        region: Union[ProductCategoryRegion, ProductCategoryRegionValue],
        *,
        interest: Optional[Union[InterestsEnum, InterestsEnumValue]] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> List[FeaturedTrend]: ...
    @overload
    def trends_featured_topics_list(
        self,
        region: Union[ProductCategoryRegion, ProductCategoryRegionValue],
        *,
        interest: Optional[Union[InterestsEnum, InterestsEnumValue]] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[List[FeaturedTrend]]: ...
    @overload
    def trends_featured_topics_list(
        self,
        region: Union[ProductCategoryRegion, ProductCategoryRegionValue],
        *,
        interest: Optional[Union[InterestsEnum, InterestsEnumValue]] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def trends_featured_topics_list(
        self,
        region: Union[ProductCategoryRegion, ProductCategoryRegionValue],
        *,
        interest: Optional[Union[InterestsEnum, InterestsEnumValue]] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[List[FeaturedTrend]]: ...
    @overload
    def trends_featured_topics_list(
        self,
        region: Union[ProductCategoryRegion, ProductCategoryRegionValue],
        *,
        interest: Optional[Union[InterestsEnum, InterestsEnumValue]] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[List[FeaturedTrend]]]: ...
    @overload
    def trends_featured_topics_list(
        self,
        region: Union[ProductCategoryRegion, ProductCategoryRegionValue],
        *,
        interest: Optional[Union[InterestsEnum, InterestsEnumValue]] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def trends_featured_topics_list(
        self,
        region: Union[ProductCategoryRegion, ProductCategoryRegionValue],
        *,
        interest: Optional[Union[InterestsEnum, InterestsEnumValue]] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[List[FeaturedTrend], ApiResponse[List[FeaturedTrend]], RawResponse, AsyncResult[Any]]: ...
    @overload
    def trends_featured_topics_list_with_http_info(
        self,
        region: Union[ProductCategoryRegion, ProductCategoryRegionValue],
        *,
        interest: Optional[Union[InterestsEnum, InterestsEnumValue]] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[List[FeaturedTrend]]: ...
    @overload
    def trends_featured_topics_list_with_http_info(
        self,
        region: Union[ProductCategoryRegion, ProductCategoryRegionValue],
        *,
        interest: Optional[Union[InterestsEnum, InterestsEnumValue]] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def trends_featured_topics_list_with_http_info(
        self,
        region: Union[ProductCategoryRegion, ProductCategoryRegionValue],
        *,
        interest: Optional[Union[InterestsEnum, InterestsEnumValue]] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[List[FeaturedTrend]]]: ...
    @overload
    def trends_featured_topics_list_with_http_info(
        self,
        region: Union[ProductCategoryRegion, ProductCategoryRegionValue],
        *,
        interest: Optional[Union[InterestsEnum, InterestsEnumValue]] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def trends_featured_topics_list_with_http_info(
        self,
        region: Union[ProductCategoryRegion, ProductCategoryRegionValue],
        *,
        interest: Optional[Union[InterestsEnum, InterestsEnumValue]] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[List[FeaturedTrend]], RawResponse, AsyncResult[Any]]: ...
    @overload
    def trends_product_categories_details_list(
        self,
        product_categories: List[Union[ProductCategoryEnum, ProductCategoryEnumValue]],
        region: Union[ProductCategoryRegion, ProductCategoryRegionValue],
        *,
        lookback_window: Optional[
            Union[ProductCategoryDetailLookbackWindow, ProductCategoryDetailLookbackWindowValue]
        ] = None,
        engagement_type: Optional[Union[ProductCategoriesEngagementType, ProductCategoriesEngagementTypeValue]] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> List[ProductCategoryDetails]: ...
    @overload
    def trends_product_categories_details_list(
        self,
        product_categories: List[Union[ProductCategoryEnum, ProductCategoryEnumValue]],
        region: Union[ProductCategoryRegion, ProductCategoryRegionValue],
        *,
        lookback_window: Optional[
            Union[ProductCategoryDetailLookbackWindow, ProductCategoryDetailLookbackWindowValue]
        ] = None,
        engagement_type: Optional[Union[ProductCategoriesEngagementType, ProductCategoriesEngagementTypeValue]] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[List[ProductCategoryDetails]]: ...
    @overload
    def trends_product_categories_details_list(
        self,
        product_categories: List[Union[ProductCategoryEnum, ProductCategoryEnumValue]],
        region: Union[ProductCategoryRegion, ProductCategoryRegionValue],
        *,
        lookback_window: Optional[
            Union[ProductCategoryDetailLookbackWindow, ProductCategoryDetailLookbackWindowValue]
        ] = None,
        engagement_type: Optional[Union[ProductCategoriesEngagementType, ProductCategoriesEngagementTypeValue]] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def trends_product_categories_details_list(
        self,
        product_categories: List[Union[ProductCategoryEnum, ProductCategoryEnumValue]],
        region: Union[ProductCategoryRegion, ProductCategoryRegionValue],
        *,
        lookback_window: Optional[
            Union[ProductCategoryDetailLookbackWindow, ProductCategoryDetailLookbackWindowValue]
        ] = None,
        engagement_type: Optional[Union[ProductCategoriesEngagementType, ProductCategoriesEngagementTypeValue]] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[List[ProductCategoryDetails]]: ...
    @overload
    def trends_product_categories_details_list(
        self,
        product_categories: List[Union[ProductCategoryEnum, ProductCategoryEnumValue]],
        region: Union[ProductCategoryRegion, ProductCategoryRegionValue],
        *,
        lookback_window: Optional[
            Union[ProductCategoryDetailLookbackWindow, ProductCategoryDetailLookbackWindowValue]
        ] = None,
        engagement_type: Optional[Union[ProductCategoriesEngagementType, ProductCategoriesEngagementTypeValue]] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[List[ProductCategoryDetails]]]: ...
    @overload
    def trends_product_categories_details_list(
        self,
        product_categories: List[Union[ProductCategoryEnum, ProductCategoryEnumValue]],
        region: Union[ProductCategoryRegion, ProductCategoryRegionValue],
        *,
        lookback_window: Optional[
            Union[ProductCategoryDetailLookbackWindow, ProductCategoryDetailLookbackWindowValue]
        ] = None,
        engagement_type: Optional[Union[ProductCategoriesEngagementType, ProductCategoriesEngagementTypeValue]] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def trends_product_categories_details_list(
        self,
        product_categories: List[Union[ProductCategoryEnum, ProductCategoryEnumValue]],
        region: Union[ProductCategoryRegion, ProductCategoryRegionValue],
        *,
        lookback_window: Optional[
            Union[ProductCategoryDetailLookbackWindow, ProductCategoryDetailLookbackWindowValue]
        ] = None,
        engagement_type: Optional[Union[ProductCategoriesEngagementType, ProductCategoriesEngagementTypeValue]] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[
        List[ProductCategoryDetails], ApiResponse[List[ProductCategoryDetails]], RawResponse, AsyncResult[Any]
    ]: ...
    @overload
    def trends_product_categories_details_list_with_http_info(
        self,
        product_categories: List[Union[ProductCategoryEnum, ProductCategoryEnumValue]],
        region: Union[ProductCategoryRegion, ProductCategoryRegionValue],
        *,
        lookback_window: Optional[
            Union[ProductCategoryDetailLookbackWindow, ProductCategoryDetailLookbackWindowValue]
        ] = None,
        engagement_type: Optional[Union[ProductCategoriesEngagementType, ProductCategoriesEngagementTypeValue]] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[List[ProductCategoryDetails]]: ...
    @overload
    def trends_product_categories_details_list_with_http_info(
        self,
        product_categories: List[Union[ProductCategoryEnum, ProductCategoryEnumValue]],
        region: Union[ProductCategoryRegion, ProductCategoryRegionValue],
        *,
        lookback_window: Optional[
            Union[ProductCategoryDetailLookbackWindow, ProductCategoryDetailLookbackWindowValue]
        ] = None,
        engagement_type: Optional[Union[ProductCategoriesEngagementType, ProductCategoriesEngagementTypeValue]] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def trends_product_categories_details_list_with_http_info(
        self,
        product_categories: List[Union[ProductCategoryEnum, ProductCategoryEnumValue]],
        region: Union[ProductCategoryRegion, ProductCategoryRegionValue],
        *,
        lookback_window: Optional[
            Union[ProductCategoryDetailLookbackWindow, ProductCategoryDetailLookbackWindowValue]
        ] = None,
        engagement_type: Optional[Union[ProductCategoriesEngagementType, ProductCategoriesEngagementTypeValue]] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[List[ProductCategoryDetails]]]: ...
    @overload
    def trends_product_categories_details_list_with_http_info(
        self,
        product_categories: List[Union[ProductCategoryEnum, ProductCategoryEnumValue]],
        region: Union[ProductCategoryRegion, ProductCategoryRegionValue],
        *,
        lookback_window: Optional[
            Union[ProductCategoryDetailLookbackWindow, ProductCategoryDetailLookbackWindowValue]
        ] = None,
        engagement_type: Optional[Union[ProductCategoriesEngagementType, ProductCategoriesEngagementTypeValue]] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def trends_product_categories_details_list_with_http_info(
        self,
        product_categories: List[Union[ProductCategoryEnum, ProductCategoryEnumValue]],
        region: Union[ProductCategoryRegion, ProductCategoryRegionValue],
        *,
        lookback_window: Optional[
            Union[ProductCategoryDetailLookbackWindow, ProductCategoryDetailLookbackWindowValue]
        ] = None,
        engagement_type: Optional[Union[ProductCategoriesEngagementType, ProductCategoriesEngagementTypeValue]] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[List[ProductCategoryDetails]], RawResponse, AsyncResult[Any]]: ...
    @overload
    def trends_product_categories_trending_list(
        self,
        region: Union[ProductCategoryRegion, ProductCategoryRegionValue],
        *,
        verticals: Optional[List[Union[VerticalProductCategory, VerticalProductCategoryValue]]] = None,
        ages: Optional[List[Union[AgeTrendsBucket, AgeTrendsBucketValue]]] = None,
        genders: Optional[List[Union[GenderBucket, GenderBucketValue]]] = None,
        engagement_type: Optional[Union[ProductCategoriesEngagementType, ProductCategoriesEngagementTypeValue]] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> List[TrendingProductCategory]: ...
    @overload
    def trends_product_categories_trending_list(
        self,
        region: Union[ProductCategoryRegion, ProductCategoryRegionValue],
        *,
        verticals: Optional[List[Union[VerticalProductCategory, VerticalProductCategoryValue]]] = None,
        ages: Optional[List[Union[AgeTrendsBucket, AgeTrendsBucketValue]]] = None,
        genders: Optional[List[Union[GenderBucket, GenderBucketValue]]] = None,
        engagement_type: Optional[Union[ProductCategoriesEngagementType, ProductCategoriesEngagementTypeValue]] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[List[TrendingProductCategory]]: ...
    @overload
    def trends_product_categories_trending_list(
        self,
        region: Union[ProductCategoryRegion, ProductCategoryRegionValue],
        *,
        verticals: Optional[List[Union[VerticalProductCategory, VerticalProductCategoryValue]]] = None,
        ages: Optional[List[Union[AgeTrendsBucket, AgeTrendsBucketValue]]] = None,
        genders: Optional[List[Union[GenderBucket, GenderBucketValue]]] = None,
        engagement_type: Optional[Union[ProductCategoriesEngagementType, ProductCategoriesEngagementTypeValue]] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def trends_product_categories_trending_list(
        self,
        region: Union[ProductCategoryRegion, ProductCategoryRegionValue],
        *,
        verticals: Optional[List[Union[VerticalProductCategory, VerticalProductCategoryValue]]] = None,
        ages: Optional[List[Union[AgeTrendsBucket, AgeTrendsBucketValue]]] = None,
        genders: Optional[List[Union[GenderBucket, GenderBucketValue]]] = None,
        engagement_type: Optional[Union[ProductCategoriesEngagementType, ProductCategoriesEngagementTypeValue]] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[List[TrendingProductCategory]]: ...
    @overload
    def trends_product_categories_trending_list(
        self,
        region: Union[ProductCategoryRegion, ProductCategoryRegionValue],
        *,
        verticals: Optional[List[Union[VerticalProductCategory, VerticalProductCategoryValue]]] = None,
        ages: Optional[List[Union[AgeTrendsBucket, AgeTrendsBucketValue]]] = None,
        genders: Optional[List[Union[GenderBucket, GenderBucketValue]]] = None,
        engagement_type: Optional[Union[ProductCategoriesEngagementType, ProductCategoriesEngagementTypeValue]] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[List[TrendingProductCategory]]]: ...
    @overload
    def trends_product_categories_trending_list(
        self,
        region: Union[ProductCategoryRegion, ProductCategoryRegionValue],
        *,
        verticals: Optional[List[Union[VerticalProductCategory, VerticalProductCategoryValue]]] = None,
        ages: Optional[List[Union[AgeTrendsBucket, AgeTrendsBucketValue]]] = None,
        genders: Optional[List[Union[GenderBucket, GenderBucketValue]]] = None,
        engagement_type: Optional[Union[ProductCategoriesEngagementType, ProductCategoriesEngagementTypeValue]] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def trends_product_categories_trending_list(
        self,
        region: Union[ProductCategoryRegion, ProductCategoryRegionValue],
        *,
        verticals: Optional[List[Union[VerticalProductCategory, VerticalProductCategoryValue]]] = None,
        ages: Optional[List[Union[AgeTrendsBucket, AgeTrendsBucketValue]]] = None,
        genders: Optional[List[Union[GenderBucket, GenderBucketValue]]] = None,
        engagement_type: Optional[Union[ProductCategoriesEngagementType, ProductCategoriesEngagementTypeValue]] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[
        List[TrendingProductCategory], ApiResponse[List[TrendingProductCategory]], RawResponse, AsyncResult[Any]
    ]: ...
    @overload
    def trends_product_categories_trending_list_with_http_info(
        self,
        region: Union[ProductCategoryRegion, ProductCategoryRegionValue],
        *,
        verticals: Optional[List[Union[VerticalProductCategory, VerticalProductCategoryValue]]] = None,
        ages: Optional[List[Union[AgeTrendsBucket, AgeTrendsBucketValue]]] = None,
        genders: Optional[List[Union[GenderBucket, GenderBucketValue]]] = None,
        engagement_type: Optional[Union[ProductCategoriesEngagementType, ProductCategoriesEngagementTypeValue]] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[List[TrendingProductCategory]]: ...
    @overload
    def trends_product_categories_trending_list_with_http_info(
        self,
        region: Union[ProductCategoryRegion, ProductCategoryRegionValue],
        *,
        verticals: Optional[List[Union[VerticalProductCategory, VerticalProductCategoryValue]]] = None,
        ages: Optional[List[Union[AgeTrendsBucket, AgeTrendsBucketValue]]] = None,
        genders: Optional[List[Union[GenderBucket, GenderBucketValue]]] = None,
        engagement_type: Optional[Union[ProductCategoriesEngagementType, ProductCategoriesEngagementTypeValue]] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def trends_product_categories_trending_list_with_http_info(
        self,
        region: Union[ProductCategoryRegion, ProductCategoryRegionValue],
        *,
        verticals: Optional[List[Union[VerticalProductCategory, VerticalProductCategoryValue]]] = None,
        ages: Optional[List[Union[AgeTrendsBucket, AgeTrendsBucketValue]]] = None,
        genders: Optional[List[Union[GenderBucket, GenderBucketValue]]] = None,
        engagement_type: Optional[Union[ProductCategoriesEngagementType, ProductCategoriesEngagementTypeValue]] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[List[TrendingProductCategory]]]: ...
    @overload
    def trends_product_categories_trending_list_with_http_info(
        self,
        region: Union[ProductCategoryRegion, ProductCategoryRegionValue],
        *,
        verticals: Optional[List[Union[VerticalProductCategory, VerticalProductCategoryValue]]] = None,
        ages: Optional[List[Union[AgeTrendsBucket, AgeTrendsBucketValue]]] = None,
        genders: Optional[List[Union[GenderBucket, GenderBucketValue]]] = None,
        engagement_type: Optional[Union[ProductCategoriesEngagementType, ProductCategoriesEngagementTypeValue]] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def trends_product_categories_trending_list_with_http_info(
        self,
        region: Union[ProductCategoryRegion, ProductCategoryRegionValue],
        *,
        verticals: Optional[List[Union[VerticalProductCategory, VerticalProductCategoryValue]]] = None,
        ages: Optional[List[Union[AgeTrendsBucket, AgeTrendsBucketValue]]] = None,
        genders: Optional[List[Union[GenderBucket, GenderBucketValue]]] = None,
        engagement_type: Optional[Union[ProductCategoriesEngagementType, ProductCategoriesEngagementTypeValue]] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[List[TrendingProductCategory]], RawResponse, AsyncResult[Any]]: ...
