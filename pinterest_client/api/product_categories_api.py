# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""ProductCategoriesApi"""

from __future__ import annotations

from pinterest_client._operations import ApiBase, Operation, Param, WithHttpInfo, calls
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import List, Optional, Union

    from typing_extensions import Unpack

    from pinterest_client.api_client import CallOptions
    from pinterest_client.model.age_trends_bucket import AgeTrendsBucket
    from pinterest_client.model.featured_trend import FeaturedTrend
    from pinterest_client.model.gender_bucket import GenderBucket
    from pinterest_client.model.interests_enum import InterestsEnum
    from pinterest_client.model.product_categories_engagement_type import ProductCategoriesEngagementType
    from pinterest_client.model.product_category_detail_lookback_window import ProductCategoryDetailLookbackWindow
    from pinterest_client.model.product_category_details import ProductCategoryDetails
    from pinterest_client.model.product_category_enum import ProductCategoryEnum
    from pinterest_client.model.product_category_region import ProductCategoryRegion
    from pinterest_client.model.trending_product_category import TrendingProductCategory
    from pinterest_client.model.vertical_product_category import VerticalProductCategory


_TRENDS_FEATURED_TOPICS_LIST = Operation(
    "trends_featured_topics/list",
    "GET",
    "/trends/topics/featured",
    params=(
        Param("interest", "query", "InterestsEnum"),
        Param("region", "query", "ProductCategoryRegion", required=True),
    ),
    responses={"200": "list[FeaturedTrend]"},
    security=("pinterest_oauth2", "client_credentials"),
    rate_limit_category="trends_read",
)


_TRENDS_PRODUCT_CATEGORIES_DETAILS_LIST = Operation(
    "trends_product_categories_details/list",
    "GET",
    "/trends/product_categories/details",
    params=(
        Param("product_categories", "query", "list[ProductCategoryEnum]", required=True, max_items=20, min_items=1),
        Param("region", "query", "ProductCategoryRegion", required=True),
        Param("lookback_window", "query", "ProductCategoryDetailLookbackWindow"),
        Param("engagement_type", "query", "ProductCategoriesEngagementType"),
    ),
    responses={"200": "list[ProductCategoryDetails]"},
    security=("pinterest_oauth2", "client_credentials"),
    rate_limit_category="trends_read",
)


_TRENDS_PRODUCT_CATEGORIES_TRENDING_LIST = Operation(
    "trends_product_categories_trending/list",
    "GET",
    "/trends/product_categories/trending",
    params=(
        Param("region", "query", "ProductCategoryRegion", required=True),
        Param("verticals", "query", "list[VerticalProductCategory]"),
        Param("ages", "query", "list[AgeTrendsBucket]"),
        Param("genders", "query", "list[GenderBucket]"),
        Param("engagement_type", "query", "ProductCategoriesEngagementType"),
    ),
    responses={"200": "list[TrendingProductCategory]"},
    security=("pinterest_oauth2", "client_credentials"),
    rate_limit_category="trends_read",
)


class ProductCategoriesApi(ApiBase):
    """Operations tagged `product_categories`."""

    @calls(_TRENDS_FEATURED_TOPICS_LIST)
    def trends_featured_topics_list(
        self,
        region: Union[ProductCategoryRegion, str],
        *,
        interest: Optional[Union[InterestsEnum, str]] = None,
        **options: Unpack[CallOptions],
    ) -> List[FeaturedTrend]:
        """Get featured topics (``GET /trends/topics/featured``)

        Enables advertisers to pull top five trending topics by interest and market, at full parity with the
        Pinterest Trends UI.

        :param region: The geographic region of interest. Only top product categories within the specified region
            will be returned. The `region` parameter is formatted as ISO 3166-2 country codes delimited by `+`. -
            `US` - United States - `GB+IE` - Great Britain & Ireland - `CA` - Canada
        :param interest: Interest to filter by
        :returns: List[FeaturedTrend]
        """
        return self.api_client.call(_TRENDS_FEATURED_TOPICS_LIST, options, interest=interest, region=region)

    trends_featured_topics_list_with_http_info = WithHttpInfo("trends_featured_topics_list")

    @calls(_TRENDS_PRODUCT_CATEGORIES_DETAILS_LIST)
    def trends_product_categories_details_list(
        self,
        product_categories: List[Union[ProductCategoryEnum, str]],
        region: Union[ProductCategoryRegion, str],
        *,
        lookback_window: Optional[Union[ProductCategoryDetailLookbackWindow, float]] = None,
        engagement_type: Optional[Union[ProductCategoriesEngagementType, str]] = None,
        **options: Unpack[CallOptions],
    ) -> List[ProductCategoryDetails]:
        """Get product category details (``GET /trends/product_categories/details``)

        Enables advertisers to retrieve demographic information, related pins, and trend lines for specified product
        categories

        :param product_categories: List of product categories
        :param region: The geographic region of interest. Only top product categories within the specified region
            will be returned. The `region` parameter is formatted as ISO 3166-2 country codes delimited by `+`. -
            `US` - United States - `GB+IE` - Great Britain & Ireland - `CA` - Canada
        :param lookback_window: Time period for historical data analysis in days. The lookback window defines how far
            back in time the API will analyze data to compute trend metrics. - `90` - Last 90 days (3 months) - `180`
            - Last 180 days (6 months) - `365` - Last 365 days (1 year) - `730` - Last 730 days (2 years)
        :param engagement_type: Type of engagement metric to analyze. - `ENGAGEMENT` - Overall engagement metric -
            `OUTBOUND_CLICK` - Number of outbound clicks - `SAVE` - Number of pin saves
        :returns: List[ProductCategoryDetails]
        """
        return self.api_client.call(
            _TRENDS_PRODUCT_CATEGORIES_DETAILS_LIST,
            options,
            product_categories=product_categories,
            region=region,
            lookback_window=lookback_window,
            engagement_type=engagement_type,
        )

    trends_product_categories_details_list_with_http_info = WithHttpInfo("trends_product_categories_details_list")

    @calls(_TRENDS_PRODUCT_CATEGORIES_TRENDING_LIST)
    def trends_product_categories_trending_list(
        self,
        region: Union[ProductCategoryRegion, str],
        *,
        verticals: Optional[List[Union[VerticalProductCategory, str]]] = None,
        ages: Optional[List[Union[AgeTrendsBucket, str]]] = None,
        genders: Optional[List[Union[GenderBucket, str]]] = None,
        engagement_type: Optional[Union[ProductCategoriesEngagementType, str]] = None,
        **options: Unpack[CallOptions],
    ) -> List[TrendingProductCategory]:
        """Get a list of growing Shopping Product Categories (``GET /trends/product_categories/trending``)

        Get a list of growing Shopping Product Categories in ranked order allowing filtering by engagement type,
        vertical, age, and gender.

        :param region: The geographic region of interest. Only top product categories within the specified region
            will be returned. The `region` parameter is formatted as ISO 3166-2 country codes delimited by `+`. -
            `US` - United States - `GB+IE` - Great Britain & Ireland - `CA` - Canada
        :param verticals: List of verticals to filter by
        :param ages: Age to filter by. If not provided, the results will be filtered by all ages.
        :param genders: Gender to filter by, If not provided, the results will be filtered by all genders.
        :param engagement_type: Type of engagement metric to analyze. - `ENGAGEMENT` - Overall engagement metric -
            `OUTBOUND_CLICK` - Number of outbound clicks - `SAVE` - Number of pin saves
        :returns: List[TrendingProductCategory]
        """
        return self.api_client.call(
            _TRENDS_PRODUCT_CATEGORIES_TRENDING_LIST,
            options,
            region=region,
            verticals=verticals,
            ages=ages,
            genders=genders,
            engagement_type=engagement_type,
        )

    trends_product_categories_trending_list_with_http_info = WithHttpInfo("trends_product_categories_trending_list")
