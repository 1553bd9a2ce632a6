# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""ProductGroupPromotionsApi: View, create, update, or delete information about promoted product groups."""

from __future__ import annotations

from pinterest_client._operations import ApiBase, Operation, Param, WithHttpInfo, calls
from pinterest_client._types import TYPE_CHECKING
from pinterest_client.api._values import COLUMNS_VALUES

if TYPE_CHECKING:
    import datetime
    from typing import Any, Dict, List, Optional, Union

    from typing_extensions import Unpack

    from pinterest_client.api_client import CallOptions
    from pinterest_client.model.granularity import Granularity
    from pinterest_client.model.product_group_analytics_response_item import ProductGroupAnalyticsResponseItem
    from pinterest_client.model.product_group_promotion import ProductGroupPromotion
    from pinterest_client.model.product_group_promotion_create_request import ProductGroupPromotionCreateRequest
    from pinterest_client.model.product_group_promotion_response import ProductGroupPromotionResponse
    from pinterest_client.model.product_group_promotion_update_request import ProductGroupPromotionUpdateRequest
    from pinterest_client.model.product_group_promotions_list_response import ProductGroupPromotionsListResponse
    from pinterest_client.model.reporting_time_zone import ReportingTimeZone


_PRODUCT_GROUP_PROMOTIONS_LIST = Operation(
    "product_group_promotions/list",
    "GET",
    "/ad_accounts/{ad_account_id}/product_group_promotions",
    params=(
        Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),
        Param(
            "product_group_promotion_ids", "query", "list[str]", items={"pattern": "^\\d+$"}, max_items=250, min_items=1
        ),
        Param(
            "entity_statuses",
            "query",
            "list[str]",
            items={"enum": ("ACTIVE", "PAUSED", "ARCHIVED", "DRAFT", "DELETED_DRAFT")},
        ),
        Param("ad_group_id", "query", "str", max_length=18, pattern="^\\d+$"),
        Param("page_size", "query", "int", maximum=250, minimum=1),
        Param("order", "query", "str", enum=("ASCENDING", "DESCENDING")),
        Param("bookmark", "query", "str"),
    ),
    responses={"200": "ProductGroupPromotionsListResponse"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_read",
)


_PRODUCT_GROUP_PROMOTIONS_CREATE = Operation(
    "product_group_promotions/create",
    "POST",
    "/ad_accounts/{ad_account_id}/product_group_promotions",
    params=(Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),),
    body="ProductGroupPromotionCreateRequest",
    body_name="product_group_promotion_create_request",
    body_required=True,
    content_type="application/json",
    responses={"200": "ProductGroupPromotionResponse"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_write",
)


_PRODUCT_GROUP_PROMOTIONS_UPDATE = Operation(
    "product_group_promotions/update",
    "PATCH",
    "/ad_accounts/{ad_account_id}/product_group_promotions",
    params=(Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),),
    body="ProductGroupPromotionUpdateRequest",
    body_name="product_group_promotion_update_request",
    body_required=True,
    content_type="application/json",
    responses={"200": "ProductGroupPromotionResponse"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_write",
)


_PRODUCT_GROUP_PROMOTIONS_GET = Operation(
    "product_group_promotions/get",
    "GET",
    "/ad_accounts/{ad_account_id}/product_group_promotions/{product_group_promotion_id}",
    params=(
        Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),
        Param("product_group_promotion_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),
    ),
    responses={"200": "ProductGroupPromotion"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_read",
)


_PRODUCT_GROUPS_ANALYTICS = Operation(
    "product_groups/analytics",
    "GET",
    "/ad_accounts/{ad_account_id}/product_groups/analytics",
    params=(
        Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),
        Param("start_date", "query", "date", required=True),
        Param("end_date", "query", "date", required=True),
        Param(
            "product_group_ids",
            "query",
            "list[str]",
            required=True,
            items={"pattern": "^\\d+$"},
            max_items=250,
            min_items=1,
        ),
        Param("columns", "query", "list[str]", required=True, explode=False, items={"enum": COLUMNS_VALUES}),
        Param("granularity", "query", "Granularity", required=True),
        Param("click_window_days", "query", "int", enum=(0, 1, 7, 14, 30, 60)),
        Param("engagement_window_days", "query", "int", enum=(0, 1, 7, 14, 30, 60)),
        Param("view_window_days", "query", "int", enum=(0, 1, 7, 14, 30, 60)),
        Param("conversion_report_time", "query", "str", enum=("TIME_OF_AD_ACTION", "TIME_OF_CONVERSION")),
        Param("reporting_timezone", "query", "ReportingTimeZone"),
    ),
    responses={"200": "ProductGroupAnalyticsResponse"},
    security=("pinterest_oauth2", "client_credentials"),
    rate_limit_category="ads_analytics",
)


_PRODUCT_GROUP_PROMOTION_GET = Operation(
    "product_group_promotion/get",
    "GET",
    "/ad_accounts/{ad_account_id}/product_group_promotions/{product_group_promotion_id}",
    params=(
        Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),
        Param("product_group_promotion_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),
    ),
    responses={"200": "ProductGroupPromotion"},
    security=("pinterest_oauth2",),
    deprecated=(
        "Deprecated: old name of `product_group_promotions_get`, kept for code written against the original client."
    ),
    rate_limit_category="ads_read",
)


class ProductGroupPromotionsApi(ApiBase):
    """View, create, update, or delete information about promoted product groups."""

    @calls(_PRODUCT_GROUP_PROMOTIONS_LIST)
    def product_group_promotions_list(
        self,
        ad_account_id: str,
        *,
        product_group_promotion_ids: Optional[List[str]] = None,
        entity_statuses: Optional[List[str]] = None,
        ad_group_id: Optional[str] = None,
        page_size: Optional[int] = None,
        order: Optional[str] = None,
        bookmark: Optional[str] = None,
        **options: Unpack[CallOptions],
    ) -> ProductGroupPromotionsListResponse:
        """Get product group promotions (``GET /ad_accounts/{ad_account_id}/product_group_promotions``)

        List existing product group promotions associated with an ad account.

        Include either ad_group_id or product_group_promotion_ids in your request.

        **Note:** ad_group_ids and product_group_promotion_ids are mutually exclusive parameters.
        Only provide one. If multiple options are provided, product_group_promotion_ids takes precedence over
        ad_group_ids. If none are provided, the endpoint returns an error.

        :param ad_account_id: Unique identifier of an ad account.
        :param product_group_promotion_ids: List of Product group promotion Ids.
        :param entity_statuses: Entity status
        :param ad_group_id: Ad group Id.
        :param page_size: Maximum number of items to include in a single page of the response. See documentation on
            [Pagination](https://developers.pinterest.com/docs/reference/pagination/) for more information.
        :param order: The order in which to sort the items returned: “ASCENDING” or “DESCENDING” by ID. Note that
            higher-value IDs are associated with more-recently added items.
        :param bookmark: Cursor used to fetch the next page of items
        :returns: ProductGroupPromotionsListResponse
        """
        return self.api_client.call(
            _PRODUCT_GROUP_PROMOTIONS_LIST,
            options,
            ad_account_id=ad_account_id,
            product_group_promotion_ids=product_group_promotion_ids,
            entity_statuses=entity_statuses,
            ad_group_id=ad_group_id,
            page_size=page_size,
            order=order,
            bookmark=bookmark,
        )

    product_group_promotions_list_with_http_info = WithHttpInfo("product_group_promotions_list")

    @calls(_PRODUCT_GROUP_PROMOTIONS_CREATE)
    def product_group_promotions_create(
        self,
        ad_account_id: str,
        product_group_promotion_create_request: Union[ProductGroupPromotionCreateRequest, Dict[str, Any]],
        **options: Unpack[CallOptions],
    ) -> ProductGroupPromotionResponse:
        """Create product group promotions (``POST /ad_accounts/{ad_account_id}/product_group_promotions``)

        Add one or more product groups from your catalog to an existing ad group. (Product groups added to an ad
        group are a 'product group promotion.')

        :param ad_account_id: Unique identifier of an ad account.
        :param product_group_promotion_create_request: List of Product Group Promotions to create, size limit [1,
            30].
        :returns: ProductGroupPromotionResponse
        """
        return self.api_client.call(
            _PRODUCT_GROUP_PROMOTIONS_CREATE,
            options,
            ad_account_id=ad_account_id,
            product_group_promotion_create_request=product_group_promotion_create_request,
        )

    product_group_promotions_create_with_http_info = WithHttpInfo("product_group_promotions_create")

    @calls(_PRODUCT_GROUP_PROMOTIONS_UPDATE)
    def product_group_promotions_update(
        self,
        ad_account_id: str,
        product_group_promotion_update_request: Union[ProductGroupPromotionUpdateRequest, Dict[str, Any]],
        **options: Unpack[CallOptions],
    ) -> ProductGroupPromotionResponse:
        """Update product group promotions (``PATCH /ad_accounts/{ad_account_id}/product_group_promotions``)

        Update multiple existing Product Group Promotions (by product_group_id)

        :param ad_account_id: Unique identifier of an ad account.
        :param product_group_promotion_update_request: Parameters to update Product group promotions
        :returns: ProductGroupPromotionResponse
        """
        return self.api_client.call(
            _PRODUCT_GROUP_PROMOTIONS_UPDATE,
            options,
            ad_account_id=ad_account_id,
            product_group_promotion_update_request=product_group_promotion_update_request,
        )

    product_group_promotions_update_with_http_info = WithHttpInfo("product_group_promotions_update")

    @calls(_PRODUCT_GROUP_PROMOTIONS_GET)
    def product_group_promotions_get(
        self,
        ad_account_id: str,
        product_group_promotion_id: str,
        **options: Unpack[CallOptions],
    ) -> ProductGroupPromotion:
        """Get a product group promotion by id (``GET
        /ad_accounts/{ad_account_id}/product_group_promotions/{product_group_promotion_id}``)

        :param ad_account_id: Unique identifier of an ad account.
        :param product_group_promotion_id: Unique identifier of a product group promotion
        :returns: ProductGroupPromotion
        """
        return self.api_client.call(
            _PRODUCT_GROUP_PROMOTIONS_GET,
            options,
            ad_account_id=ad_account_id,
            product_group_promotion_id=product_group_promotion_id,
        )

    product_group_promotions_get_with_http_info = WithHttpInfo("product_group_promotions_get")

    @calls(_PRODUCT_GROUPS_ANALYTICS)
    def product_groups_analytics(
        self,
        ad_account_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        product_group_ids: List[str],
        columns: List[str],
        granularity: Union[Granularity, str],
        *,
        click_window_days: Optional[int] = None,
        engagement_window_days: Optional[int] = None,
        view_window_days: Optional[int] = None,
        conversion_report_time: Optional[str] = None,
        reporting_timezone: Optional[Union[ReportingTimeZone, str]] = None,
        **options: Unpack[CallOptions],
    ) -> List[ProductGroupAnalyticsResponseItem]:
        """Get product group analytics (``GET /ad_accounts/{ad_account_id}/product_groups/analytics``)

        Get analytics for the specified product groups in the specified `ad_account_id`, filtered by the specified
        options.
        - The token's user_account must either be the Owner of the specified ad account, or have one of the necessary
          roles granted to them via [Business
          Access](https://help.pinterest.com/en/business/article/share-and-manage-access-to-your-ad-accounts): Admin,
          Analyst, Campaign Manager.
        - If granularity is not HOUR, you can pull data from up to 90 days before the current date in UTC time, with
          a maximum time range of 90 days.
        - If granularity is HOUR, you can pull data from up to 8 days before the current date in UTC time, with a
          maximum time range of 3 days.

        :param ad_account_id: Unique identifier of an ad account.
        :param start_date: Metric report start date (UTC). Format: YYYY-MM-DD. Cannot be more than 90 days back from
            today.
        :param end_date: Metric report end date (UTC). Format: YYYY-MM-DD. Cannot be more than 90 days past
            start_date.
        :param product_group_ids: List of Product group Ids to use to filter the results.
        :param columns: Columns to retrieve, encoded as a comma-separated string. **NOTE**: Any metrics defined as
            MICRO_DOLLARS returns a value based on the advertiser profile's currency field. For USD,($1/1,000,000, or
            $0.000001 - one one-ten-thousandth of a cent). it's microdollars. Otherwise, it's in microunits of the
            advertiser's currency. For example, if the advertiser's currency is GBP (British pound sterling), all
            MICRO_DOLLARS fields will be in GBP microunits (1/1,000,000 British pound). If a column has no value, it
            may not be returned
        :param granularity: TOTAL - metrics are aggregated over the specified date range. DAY - metrics are broken
            down daily. HOUR - metrics are broken down hourly. WEEKLY - metrics are broken down weekly. MONTHLY -
            metrics are broken down monthly
        :param click_window_days: Number of days to use as the conversion attribution window for a pin click action.
            Applies to Pinterest Tag conversion metrics. Prior conversion tags use their defined attribution windows.
            If not specified, defaults to `30` days.
        :param engagement_window_days: Number of days to use as the conversion attribution window for an engagement
            action. Engagements include saves, closeups, link clicks, and carousel card swipes. Applies to Pinterest
            Tag conversion metrics. Prior conversion tags use their defined attribution windows. If not specified,
            defaults to `30` days. **Note:** This parameter no longer returns new data. However, you can still access
            historic data through **Sept 30, 2027**.
        :param view_window_days: Number of days to use as the conversion attribution window for a view action.
            Applies to Pinterest Tag conversion metrics. Prior conversion tags use their defined attribution windows.
            If not specified, defaults to `1` day.
        :param conversion_report_time: The date by which the conversion metrics returned from this endpoint will be
            reported. There are two dates associated with a conversion event: the date that the user interacted with
            the ad, and the date that the user completed a conversion event.
        :param reporting_timezone: Specify the timezone to be applied for the reporting. This feature is currently in
            BETA and is not available to all users.
        :returns: List[ProductGroupAnalyticsResponseItem]
        """
        return self.api_client.call(
            _PRODUCT_GROUPS_ANALYTICS,
            options,
            ad_account_id=ad_account_id,
            start_date=start_date,
            end_date=end_date,
            product_group_ids=product_group_ids,
            columns=columns,
            granularity=granularity,
            click_window_days=click_window_days,
            engagement_window_days=engagement_window_days,
            view_window_days=view_window_days,
            conversion_report_time=conversion_report_time,
            reporting_timezone=reporting_timezone,
        )

    product_groups_analytics_with_http_info = WithHttpInfo("product_groups_analytics")

    @calls(_PRODUCT_GROUP_PROMOTION_GET)
    def product_group_promotion_get(
        self,
        ad_account_id: str,
        product_group_promotion_id: str,
        **options: Unpack[CallOptions],
    ) -> ProductGroupPromotion:
        """Deprecated: old name of `product_group_promotions_get`, kept for code written against the original client.

        Get a product group promotion by id (``GET
        /ad_accounts/{ad_account_id}/product_group_promotions/{product_group_promotion_id}``)

        :param ad_account_id: Unique identifier of an ad account.
        :param product_group_promotion_id: Unique identifier of a product group promotion
        :returns: ProductGroupPromotion
        """
        return self.api_client.call(
            _PRODUCT_GROUP_PROMOTION_GET,
            options,
            ad_account_id=ad_account_id,
            product_group_promotion_id=product_group_promotion_id,
        )

    product_group_promotion_get_with_http_info = WithHttpInfo("product_group_promotion_get")
