# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""PinsApi: View, create, update, or delete information about Pins."""

from __future__ import annotations

from pinterest_client._operations import ApiBase, Operation, Param, WithHttpInfo, calls, renamed
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    import datetime
    from typing import Any, Dict, List, Optional, Union

    from typing_extensions import Unpack

    from pinterest_client.api_client import CallOptions
    from pinterest_client.model.bulk_pin_analytics_response import BulkPinAnalyticsResponse
    from pinterest_client.model.creative_type import CreativeType
    from pinterest_client.model.pin import Pin
    from pinterest_client.model.pin_analytics_response import PinAnalyticsResponse
    from pinterest_client.model.pin_create import PinCreate
    from pinterest_client.model.pin_update import PinUpdate
    from pinterest_client.model.pins_list_response import PinsListResponse
    from pinterest_client.model.pins_save_request import PinsSaveRequest


_PINS_LIST = Operation(
    "pins/list",
    "GET",
    "/pins",
    params=(
        Param("pin_filter", "query", "str", enum=("exclude_native", "exclude_repins", "has_been_promoted")),
        Param("pin_metrics", "query", "bool"),
        Param("include_protected_pins", "query", "bool"),
        Param("pin_type", "query", "str", enum=("PRIVATE",)),
        Param("creative_types", "query", "list[CreativeType]"),
        Param("ad_account_id", "query", "str", max_length=18, pattern="^\\d+$"),
        Param("bookmark", "query", "str"),
        Param("page_size", "query", "int", maximum=250, minimum=1),
    ),
    responses={"200": "PinsListResponse"},
    security=("pinterest_oauth2", "client_credentials"),
    rate_limit_category="org_read",
)


_PINS_CREATE = Operation(
    "pins/create",
    "POST",
    "/pins",
    params=(Param("ad_account_id", "query", "str", max_length=18, pattern="^\\d+$"),),
    body="PinCreate",
    body_name="pin_create",
    body_required=True,
    content_type="application/json",
    responses={"200": "Pin", "201": "Pin"},
    security=("pinterest_oauth2", "client_credentials"),
    rate_limit_category="org_write",
)


_PINS_GET = Operation(
    "pins/get",
    "GET",
    "/pins/{pin_id}",
    params=(
        Param("pin_id", "path", "str", required=True, pattern="^\\d+$"),
        Param("ad_account_id", "query", "str", max_length=18, pattern="^\\d+$"),
        Param("pin_metrics", "query", "bool"),
    ),
    responses={"200": "Pin"},
    security=("pinterest_oauth2", "client_credentials"),
    rate_limit_category="org_read",
)


_PINS_DELETE = Operation(
    "pins/delete",
    "DELETE",
    "/pins/{pin_id}",
    params=(
        Param("pin_id", "path", "str", required=True, pattern="^\\d+$"),
        Param("ad_account_id", "query", "str", max_length=18, pattern="^\\d+$"),
    ),
    responses={"204": None},
    security=("pinterest_oauth2", "client_credentials"),
    rate_limit_category="org_write",
)


_PINS_UPDATE = Operation(
    "pins/update",
    "PATCH",
    "/pins/{pin_id}",
    params=(
        Param("pin_id", "path", "str", required=True, pattern="^\\d+$"),
        Param("ad_account_id", "query", "str", max_length=18, pattern="^\\d+$"),
    ),
    body="PinUpdate",
    body_name="pin_update",
    body_required=True,
    content_type="application/json",
    responses={"200": "Pin"},
    security=("pinterest_oauth2", "client_credentials"),
    rate_limit_category="org_write",
)


_PINS_ANALYTICS = Operation(
    "pins/analytics",
    "GET",
    "/pins/{pin_id}/analytics",
    params=(
        Param("pin_id", "path", "str", required=True),
        Param("start_date", "query", "date", required=True),
        Param("end_date", "query", "date", required=True),
        Param("app_types", "query", "str", enum=("ALL", "MOBILE", "TABLET", "WEB")),
        Param(
            "metric_types",
            "query",
            "list[str]",
            required=True,
            explode=False,
            items={
                "enum": (
                    "IMPRESSION",
                    "OUTBOUND_CLICK",
                    "PIN_CLICK",
                    "SAVE",
                    "SAVE_RATE",
                    "TOTAL_COMMENTS",
                    "TOTAL_REACTIONS",
                    "USER_FOLLOW",
                    "PROFILE_VISIT",
                    "VIDEO_MRC_VIEW",
                    "VIDEO_10S_VIEW",
                    "QUARTILE_95_PERCENT_VIEW",
                    "VIDEO_V50_WATCH_TIME",
                    "VIDEO_START",
                    "VIDEO_AVG_WATCH_TIME",
                )
            },
        ),
        Param("split_field", "query", "str", explode=False, enum=("NO_SPLIT", "APP_TYPE")),
        Param("ad_account_id", "query", "str", max_length=18, pattern="^\\d+$"),
    ),
    responses={"200": "PinAnalyticsResponse"},
    security=("pinterest_oauth2", "client_credentials"),
    rate_limit_category="org_analytics",
)


_MULTI_PINS_ANALYTICS = Operation(
    "multi_pins/analytics",
    "GET",
    "/pins/analytics",
    params=(
        Param("pin_ids", "query", "list[str]", required=True, items={"pattern": "^\\d+$"}, max_items=100, min_items=1),
        Param("start_date", "query", "date", required=True),
        Param("end_date", "query", "date", required=True),
        Param("app_types", "query", "str", enum=("ALL", "MOBILE", "TABLET", "WEB")),
        Param(
            "metric_types",
            "query",
            "list[str]",
            required=True,
            explode=False,
            items={
                "enum": (
                    "IMPRESSION",
                    "OUTBOUND_CLICK",
                    "PIN_CLICK",
                    "SAVE",
                    "SAVE_RATE",
                    "TOTAL_COMMENTS",
                    "TOTAL_REACTIONS",
                    "USER_FOLLOW",
                    "PROFILE_VISIT",
                    "VIDEO_MRC_VIEW",
                    "VIDEO_10S_VIEW",
                    "QUARTILE_95_PERCENT_VIEW",
                    "VIDEO_V50_WATCH_TIME",
                    "VIDEO_START",
                    "VIDEO_AVG_WATCH_TIME",
                )
            },
        ),
        Param("ad_account_id", "query", "str", max_length=18, pattern="^\\d+$"),
    ),
    responses={"200": "BulkPinAnalyticsResponse"},
    security=("pinterest_oauth2", "client_credentials"),
    rate_limit_category="org_analytics",
)


_PINS_SAVE = Operation(
    "pins/save",
    "POST",
    "/pins/{pin_id}/save",
    params=(
        Param("pin_id", "path", "str", required=True),
        Param("ad_account_id", "query", "str", max_length=18, pattern="^\\d+$"),
    ),
    body="PinsSaveRequest",
    body_name="pins_save_request",
    body_required=True,
    content_type="application/json",
    responses={"201": "Pin"},
    security=("pinterest_oauth2",),
    rate_limit_category="org_write",
)


class PinsApi(ApiBase):
    """View, create, update, or delete information about Pins."""

    @calls(_PINS_LIST)
    def pins_list(
        self,
        *,
        pin_filter: Optional[str] = None,
        pin_metrics: Optional[bool] = None,
        include_protected_pins: Optional[bool] = None,
        pin_type: Optional[str] = None,
        creative_types: Optional[List[Union[CreativeType, str]]] = None,
        ad_account_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        **options: Unpack[CallOptions],
    ) -> PinsListResponse:
        """List Pins (``GET /pins``)

        Get a list of the Pins owned by the "operation user_account".
        - By default, the "operation user_account" is the token user_account.
        - All Pins owned by the "operation user_account" are included, regardless of who owns the board they are on.

            Optional: Business Access: Specify an `ad_account_id` to use the owner of that ad_account as the
            "operation user_account".

            Disclaimer: There are known performance issues when filtering by field `creative_type` and including
            protected pins.
            If your request is timing out in this scenario, we encourage you to use [GET List Pins on
            Board](https://developers.pinterest.com/docs/api/v5/#operation/boards/list_pins).

        :param pin_filter: The filter to apply to the pins
        :param pin_metrics: Specify whether to return 90d and lifetime Pin metrics. Total comments and total
            reactions are only available with lifetime Pin metrics. If Pin was created before `2023-03-20` lifetime
            metrics will only be available for Video and Idea Pin formats. Lifetime metrics are available for all Pin
            formats since then.
        :param include_protected_pins: Whether to include protected pins in the results
        :param pin_type: The type of pins to return, currently only enabled for private pins
        :param creative_types: Pin creative types filter. **Note:** SHOP_THE_PIN has been deprecated. Please use
            COLLECTION instead.
        :param ad_account_id: Unique identifier of an ad account.
        :param bookmark: Cursor used to fetch the next page of items
        :param page_size: Maximum number of items to include in a single page. See documentation on
            [Pagination](https://developers.pinterest.com/docs/reference/pagination/) for more information.
        :returns: PinsListResponse
        """
        return self.api_client.call(
            _PINS_LIST,
            options,
            pin_filter=pin_filter,
            pin_metrics=pin_metrics,
            include_protected_pins=include_protected_pins,
            pin_type=pin_type,
            creative_types=creative_types,
            ad_account_id=ad_account_id,
            bookmark=bookmark,
            page_size=page_size,
        )

    pins_list_with_http_info = WithHttpInfo("pins_list")

    @calls(_PINS_CREATE)
    def pins_create(
        self,
        pin_create: Optional[Union[PinCreate, Dict[str, Any]]] = None,
        *,
        ad_account_id: Optional[str] = None,
        pin: Optional[Union[PinCreate, Dict[str, Any]]] = None,
        **options: Unpack[CallOptions],
    ) -> Pin:
        """Create Pin (``POST /pins``)

        Create a Pin on a board or board section owned by the "operation user_account".

         Note: If the current "operation user_account" (defined by the access token) has access to another user's Ad
         Accounts via Pinterest Business Access, you can modify your request to make use of the current
         operation_user_account's permissions to those Ad Accounts by including the ad_account_id in the path
         parameters for the request (e.g. .../?ad_account_id=12345&...).

        - This function is intended solely for publishing new content created by the user. If you are interested in
          saving content created by others to your Pinterest boards, sometimes called 'curated content', please use
          our [Save button](https://developers.pinterest.com/docs/web-features/add-ons-overview/) instead. For more
          tips on creating fresh content for Pinterest, review our [Content App Solutions
          Guide](https://developers.pinterest.com/docs/api-features/content-overview/).

        **[Learn
        more](https://developers.pinterest.com/docs/api-features/creating-boards-and-pins/#creating-video-pins)**
        about video Pin creation.

        **[Learn
        more](https://developers.pinterest.com/docs/api-features/creating-boards-and-pins/#creating-image-pins)**
        about image Pin creation.

        :param pin_create: Resource create operation model.
        :param ad_account_id: Unique identifier of an ad account.
        Deprecated: also accepts `pin=` for `pin_create`.
        :returns: Pin
        """
        pin_create = renamed("pins_create", "pin_create", pin_create, {"pin": pin})
        return self.api_client.call(_PINS_CREATE, options, ad_account_id=ad_account_id, pin_create=pin_create)

    pins_create_with_http_info = WithHttpInfo("pins_create")

    @calls(_PINS_GET)
    def pins_get(
        self,
        pin_id: str,
        *,
        ad_account_id: Optional[str] = None,
        pin_metrics: Optional[bool] = None,
        **options: Unpack[CallOptions],
    ) -> Pin:
        """Get Pin (``GET /pins/{pin_id}``)

        Get a Pin owned by the "operation user_account" - or on a group board that has been shared with this account.
        - By default, the "operation user_account" is the token user_account.

          Optional: Business Access: Specify an `ad_account_id` (obtained via [List ad
          accounts](https://developers.pinterest.com/docs/api/v5/#operation/ad_accounts/list)) to use the owner of
          that ad_account as the "operation user_account". In order to do this, the token user_account must have one
          of the following [Business
          Access](https://help.pinterest.com/en/business/article/share-and-manage-access-to-your-ad-accounts) roles
          on the ad_account:

        - For Pins on public or protected boards: Owner, Admin, Analyst, Campaign Manager.
        - For Pins on secret boards: Owner, Admin.

        :param pin_id: ``pin_id``, in the path.
        :param ad_account_id: Unique identifier of an ad account.
        :param pin_metrics: Specify whether to return 90d and lifetime Pin metrics. Total comments and total
            reactions are only available with lifetime Pin metrics. If Pin was created before `2023-03-20` lifetime
            metrics will only be available for Video and Idea Pin formats. Lifetime metrics are available for all Pin
            formats since then.
        :returns: Pin
        """
        return self.api_client.call(
            _PINS_GET, options, pin_id=pin_id, ad_account_id=ad_account_id, pin_metrics=pin_metrics
        )

    pins_get_with_http_info = WithHttpInfo("pins_get")

    @calls(_PINS_DELETE)
    def pins_delete(
        self,
        pin_id: str,
        *,
        ad_account_id: Optional[str] = None,
        **options: Unpack[CallOptions],
    ) -> None:
        """Delete Pin (``DELETE /pins/{pin_id}``)

        Delete a Pins owned by the "operation user_account" - or on a group board that has been shared with this
        account.
        - By default, the "operation user_account" is the token user_account.

          Optional: Business Access: Specify an `ad_account_id` (obtained via [List ad
          accounts](https://developers.pinterest.com/docs/api/v5/#operation/ad_accounts/list)) to use the owner of
          that ad_account as the "operation user_account". In order to do this, the token user_account must have one
          of the following [Business
          Access](https://help.pinterest.com/en/business/article/share-and-manage-access-to-your-ad-accounts) roles
          on the ad_account:

        - For Pins on public or protected boards: Owner, Admin, Analyst, Campaign Manager.
        - For Pins on secret boards: Owner, Admin.

        :param pin_id: ``pin_id``, in the path.
        :param ad_account_id: Unique identifier of an ad account.
        :returns: None
        """
        return self.api_client.call(_PINS_DELETE, options, pin_id=pin_id, ad_account_id=ad_account_id)

    pins_delete_with_http_info = WithHttpInfo("pins_delete")

    @calls(_PINS_UPDATE)
    def pins_update(
        self,
        pin_id: str,
        pin_update: Union[PinUpdate, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        **options: Unpack[CallOptions],
    ) -> Pin:
        """Update Pin (``PATCH /pins/{pin_id}``)

        Update a pin owned by the "operating user_account".
        - By default, the "operation user_account" is the token user_account.

        Optional: Business Access: Specify an `ad_account_id` (obtained via [List ad
        accounts](https://developers.pinterest.com/docs/api/v5/#operation/ad_accounts/list)) to use the owner of that
        ad_account as the "operation user_account". In order to do this, the token user_account must have one of the
        following [Business
        Access](https://help.pinterest.com/en/business/article/share-and-manage-access-to-your-ad-accounts) roles on
        the ad_account:

        - For Pins on public or protected boards: Owner, Admin, Analyst, Campaign Manager.
        - For Pins on secret boards: Owner, Admin.

        **This endpoint is currently in beta and not available to all apps. [Learn
        more](https://developers.pinterest.com/docs/getting-started/using-beta-and-restricted-features/).**

        :param pin_id: ``pin_id``, in the path.
        :param pin_update: Resource create or update operation model.
        :param ad_account_id: Unique identifier of an ad account.
        :returns: Pin
        """
        return self.api_client.call(
            _PINS_UPDATE, options, pin_id=pin_id, ad_account_id=ad_account_id, pin_update=pin_update
        )

    pins_update_with_http_info = WithHttpInfo("pins_update")

    @calls(_PINS_ANALYTICS)
    def pins_analytics(
        self,
        pin_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        metric_types: List[str],
        *,
        app_types: Optional[str] = None,
        split_field: Optional[str] = None,
        ad_account_id: Optional[str] = None,
        **options: Unpack[CallOptions],
    ) -> PinAnalyticsResponse:
        """Get Pin analytics (``GET /pins/{pin_id}/analytics``)

        Get analytics for a Pin owned by the "operation user_account" - or on a group board that has been shared with
        this account.
        - By default, the "operation user_account" is the token user_account.

        Optional: Business Access: Specify an `ad_account_id` (obtained via [List ad
        accounts](https://developers.pinterest.com/docs/api/v5/#operation/ad_accounts/list)) to use the owner of that
        ad_account as the "operation user_account". In order to do this, the token user_account must have one of the
        following [Business
        Access](https://help.pinterest.com/en/business/article/share-and-manage-access-to-your-ad-accounts) roles on
        the ad_account:

        - For Pins on public or protected boards: Admin, Analyst.
        - For Pins on secret boards: Admin.

        If Pin was created before `2023-03-20` lifetime metrics will only be available for Video and Idea Pin
        formats. Lifetime metrics are available for all Pin formats since then.

        :param pin_id: Unique identifier of a Pin.
        :param start_date: Metric report start date (UTC). Format: YYYY-MM-DD. Cannot be more than 90 days back from
            today.
        :param end_date: Metric report end date (UTC). Format: YYYY-MM-DD. Cannot be more than 90 days past
            start_date.
        :param metric_types: Pin metric types to get data for. VIDEO_MRC_VIEW are Video views, VIDEO_V50_WATCH_TIME
            is Total play time. If Pin was created before `2023-03-20`, Profile visits and Follows will only be
            available for Idea Pins. These metrics are available for all Pin formats since then. Keep in mind this
            cannot have ALL if split_field is set to any value other than `NO_SPLIT`.
        :param app_types: Apps or devices to get data for, default is all.
        :param split_field: How to split the data into groups. Not including this param means data won't be split.
        :param ad_account_id: Unique identifier of an ad account.
        :returns: PinAnalyticsResponse
        """
        return self.api_client.call(
            _PINS_ANALYTICS,
            options,
            pin_id=pin_id,
            start_date=start_date,
            end_date=end_date,
            app_types=app_types,
            metric_types=metric_types,
            split_field=split_field,
            ad_account_id=ad_account_id,
        )

    pins_analytics_with_http_info = WithHttpInfo("pins_analytics")

    @calls(_MULTI_PINS_ANALYTICS)
    def multi_pins_analytics(
        self,
        pin_ids: List[str],
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        metric_types: List[str],
        *,
        app_types: Optional[str] = None,
        ad_account_id: Optional[str] = None,
        **options: Unpack[CallOptions],
    ) -> BulkPinAnalyticsResponse:
        """Get multiple Pin analytics (``GET /pins/analytics``)

        **This endpoint is currently in beta and not available to all apps. [Learn
        more](https://developers.pinterest.com/docs/getting-started/using-beta-and-restricted-features/).**

        Get analytics for multiple pins owned by the "operation user_account" - or on a group board that has been
        shared with this account.
        - The maximum number of pins supported in a single request is 100.
        - By default, the "operation user_account" is the token user_account.

        Optional: Business Access: Specify an `ad_account_id` (obtained via [List ad
        accounts](https://developers.pinterest.com/docs/api/v5/#operation/ad_accounts/list)) to use the owner of that
        ad_account as the "operation user_account". In order to do this, the token user_account must have one of the
        following [Business
        Access](https://help.pinterest.com/en/business/article/share-and-manage-access-to-your-ad-accounts) roles on
        the ad_account:

        - For Pins on public or protected boards: Admin, Analyst.
        - For Pins on secret boards: Admin.

        If Pin was created before `2023-03-20` lifetime metrics will only be available for Video and Idea Pin
        formats. Lifetime metrics are available for all Pin formats since then.

        :param pin_ids: List of Pin IDs.
        :param start_date: Metric report start date (UTC). Format: YYYY-MM-DD. Cannot be more than 90 days back from
            today.
        :param end_date: Metric report end date (UTC). Format: YYYY-MM-DD. Cannot be more than 90 days past
            start_date.
        :param metric_types: Pin metric types to get data for.
        :param app_types: Apps or devices to get data for, default is all.
        :param ad_account_id: Unique identifier of an ad account.
        :returns: BulkPinAnalyticsResponse
        """
        return self.api_client.call(
            _MULTI_PINS_ANALYTICS,
            options,
            pin_ids=pin_ids,
            start_date=start_date,
            end_date=end_date,
            app_types=app_types,
            metric_types=metric_types,
            ad_account_id=ad_account_id,
        )

    multi_pins_analytics_with_http_info = WithHttpInfo("multi_pins_analytics")

    @calls(_PINS_SAVE)
    def pins_save(
        self,
        pin_id: str,
        pins_save_request: Optional[Union[PinsSaveRequest, Dict[str, Any]]] = None,
        *,
        ad_account_id: Optional[str] = None,
        inline_object: Optional[Union[PinsSaveRequest, Dict[str, Any]]] = None,
        inline_object1: Optional[Union[PinsSaveRequest, Dict[str, Any]]] = None,
        **options: Unpack[CallOptions],
    ) -> Pin:
        """Save Pin (``POST /pins/{pin_id}/save``)

        Save a Pin on a board or board section owned by the "operation user_account".
        - By default, the "operation user_account" is the token user_account.
        Optional: Business Access: Specify an `ad_account_id` (obtained via [List ad
        accounts](https://developers.pinterest.com/docs/api/v5/#operation/ad_accounts/list)) to use the owner of that
        ad_account as the "operation user_account". In order to do this, the token user_account must have one of the
        following [Business
        Access](https://help.pinterest.com/en/business/article/share-and-manage-access-to-your-ad-accounts) roles on
        the ad_account:

        - For Pins on public or protected boards: Owner, Admin, Analyst, Campaign Manager.
        - For Pins on secret boards: Owner, Admin.

        - Any Pin type can be saved: image Pin, video Pin, Idea Pin, product Pin, etc.
        - Any public Pin can be saved given a pin ID.

        :param pin_id: Unique identifier of a Pin.
        :param pins_save_request: Request object used to save an existing pin
        :param ad_account_id: Unique identifier of an ad account.
        Deprecated: also accepts `inline_object=` for `pins_save_request`.
        Deprecated: also accepts `inline_object1=` for `pins_save_request`.
        :returns: Pin
        """
        pins_save_request = renamed(
            "pins_save",
            "pins_save_request",
            pins_save_request,
            {"inline_object": inline_object, "inline_object1": inline_object1},
        )
        return self.api_client.call(
            _PINS_SAVE, options, pin_id=pin_id, ad_account_id=ad_account_id, pins_save_request=pins_save_request
        )

    pins_save_with_http_info = WithHttpInfo("pins_save")
