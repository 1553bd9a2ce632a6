# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""UserAccountApi: View user accounts associated with a given access token."""

from __future__ import annotations

from pinterest_client._operations import ApiBase, Operation, Param, WithHttpInfo, calls
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    import datetime
    from typing import Any, Dict, List, Optional, Union

    from typing_extensions import Unpack

    from pinterest_client.api_client import CallOptions
    from pinterest_client.model.account import Account
    from pinterest_client.model.analytics_response import AnalyticsResponse
    from pinterest_client.model.boards_user_follows_list_response import BoardsUserFollowsListResponse
    from pinterest_client.model.follow_user_request import FollowUserRequest
    from pinterest_client.model.followers_list_response import FollowersListResponse
    from pinterest_client.model.linked_business import LinkedBusiness
    from pinterest_client.model.top_pins_analytics_response import TopPinsAnalyticsResponse
    from pinterest_client.model.top_video_pins_analytics_response import TopVideoPinsAnalyticsResponse
    from pinterest_client.model.user_account_followed_interests_response import UserAccountFollowedInterestsResponse
    from pinterest_client.model.user_following_feed_type import UserFollowingFeedType
    from pinterest_client.model.user_following_get_response import UserFollowingGetResponse
    from pinterest_client.model.user_summary import UserSummary
    from pinterest_client.model.user_website_summary import UserWebsiteSummary
    from pinterest_client.model.user_website_verification_code import UserWebsiteVerificationCode
    from pinterest_client.model.user_website_verify_request import UserWebsiteVerifyRequest
    from pinterest_client.model.user_websites_get_response import UserWebsitesGetResponse


_USER_ACCOUNT_GET = Operation(
    "user_account/get",
    "GET",
    "/user_account",
    params=(Param("ad_account_id", "query", "str", max_length=18, pattern="^\\d+$"),),
    responses={"200": "Account"},
    security=("pinterest_oauth2", "client_credentials"),
    rate_limit_category="org_read",
)


_USER_ACCOUNT_ANALYTICS = Operation(
    "user_account/analytics",
    "GET",
    "/user_account/analytics",
    params=(
        Param("start_date", "query", "date", required=True),
        Param("end_date", "query", "date", required=True),
        Param("from_claimed_content", "query", "str", enum=("OTHER", "CLAIMED", "BOTH")),
        Param(
            "pin_format",
            "query",
            "str",
            enum=(
                "ALL",
                "ORGANIC_IMAGE",
                "ORGANIC_PRODUCT",
                "ORGANIC_VIDEO",
                "ADS_STANDARD",
                "ADS_PRODUCT",
                "ADS_VIDEO",
                "ADS_IDEA",
            ),
        ),
        Param("app_types", "query", "str", enum=("ALL", "MOBILE", "TABLET", "WEB")),
        Param("content_type", "query", "str", enum=("ALL", "PAID", "ORGANIC")),
        Param("source", "query", "str", enum=("ALL", "YOUR_PINS", "OTHER_PINS")),
        Param(
            "metric_types",
            "query",
            "list[str]",
            explode=False,
            items={
                "enum": (
                    "ENGAGEMENT",
                    "ENGAGEMENT_RATE",
                    "IMPRESSION",
                    "OUTBOUND_CLICK",
                    "OUTBOUND_CLICK_RATE",
                    "PIN_CLICK",
                    "PIN_CLICK_RATE",
                    "SAVE",
                    "SAVE_RATE",
                )
            },
        ),
        Param(
            "split_field",
            "query",
            "str",
            explode=False,
            enum=("NO_SPLIT", "APP_TYPE", "OWNED_CONTENT", "SOURCE", "PIN_FORMAT"),
        ),
        Param("ad_account_id", "query", "str", max_length=18, pattern="^\\d+$"),
    ),
    responses={"200": "AnalyticsResponse"},
    security=("pinterest_oauth2",),
    rate_limit_category="org_analytics",
)


_USER_ACCOUNT_ANALYTICS_TOP_PINS = Operation(
    "user_account/analytics/top_pins",
    "GET",
    "/user_account/analytics/top_pins",
    params=(
        Param("start_date", "query", "date", required=True),
        Param("end_date", "query", "date", required=True),
        Param(
            "sort_by",
            "query",
            "str",
            required=True,
            explode=False,
            enum=("ENGAGEMENT", "IMPRESSION", "OUTBOUND_CLICK", "PIN_CLICK", "SAVE"),
        ),
        Param("from_claimed_content", "query", "str", enum=("OTHER", "CLAIMED", "BOTH")),
        Param(
            "pin_format",
            "query",
            "str",
            enum=(
                "ALL",
                "ORGANIC_IMAGE",
                "ORGANIC_PRODUCT",
                "ORGANIC_VIDEO",
                "ADS_STANDARD",
                "ADS_PRODUCT",
                "ADS_VIDEO",
                "ADS_IDEA",
            ),
        ),
        Param("app_types", "query", "str", enum=("ALL", "MOBILE", "TABLET", "WEB")),
        Param("content_type", "query", "str", enum=("ALL", "PAID", "ORGANIC")),
        Param("source", "query", "str", enum=("ALL", "YOUR_PINS", "OTHER_PINS")),
        Param(
            "metric_types",
            "query",
            "list[str]",
            explode=False,
            items={
                "enum": (
                    "ENGAGEMENT",
                    "ENGAGEMENT_RATE",
                    "IMPRESSION",
                    "OUTBOUND_CLICK",
                    "OUTBOUND_CLICK_RATE",
                    "PIN_CLICK",
                    "PIN_CLICK_RATE",
                    "SAVE",
                    "SAVE_RATE",
                )
            },
        ),
        Param("num_of_pins", "query", "int", maximum=50, minimum=1),
        Param("created_in_last_n_days", "query", "int", enum=(30,)),
        Param("ad_account_id", "query", "str", max_length=18, pattern="^\\d+$"),
    ),
    responses={"200": "TopPinsAnalyticsResponse"},
    security=("pinterest_oauth2", "client_credentials"),
    rate_limit_category="org_analytics",
)


_USER_ACCOUNT_ANALYTICS_TOP_VIDEO_PINS = Operation(
    "user_account/analytics/top_video_pins",
    "GET",
    "/user_account/analytics/top_video_pins",
    params=(
        Param("start_date", "query", "date", required=True),
        Param("end_date", "query", "date", required=True),
        Param(
            "sort_by",
            "query",
            "str",
            required=True,
            explode=False,
            enum=(
                "IMPRESSION",
                "SAVE",
                "OUTBOUND_CLICK",
                "VIDEO_MRC_VIEW",
                "VIDEO_AVG_WATCH_TIME",
                "VIDEO_V50_WATCH_TIME",
                "QUARTILE_95_PERCENT_VIEW",
                "VIDEO_10S_VIEW",
                "VIDEO_START",
            ),
        ),
        Param("from_claimed_content", "query", "str", enum=("OTHER", "CLAIMED", "BOTH")),
        Param(
            "pin_format",
            "query",
            "str",
            enum=(
                "ALL",
                "ORGANIC_IMAGE",
                "ORGANIC_PRODUCT",
                "ORGANIC_VIDEO",
                "ADS_STANDARD",
                "ADS_PRODUCT",
                "ADS_VIDEO",
                "ADS_IDEA",
            ),
        ),
        Param("app_types", "query", "str", enum=("ALL", "MOBILE", "TABLET", "WEB")),
        Param("content_type", "query", "str", enum=("ALL", "PAID", "ORGANIC")),
        Param("source", "query", "str", enum=("ALL", "YOUR_PINS", "OTHER_PINS")),
        Param(
            "metric_types",
            "query",
            "list[str]",
            explode=False,
            items={
                "enum": (
                    "IMPRESSION",
                    "SAVE",
                    "VIDEO_MRC_VIEW",
                    "VIDEO_AVG_WATCH_TIME",
                    "VIDEO_V50_WATCH_TIME",
                    "QUARTILE_95_PERCENT_VIEW",
                    "VIDEO_10S_VIEW",
                    "VIDEO_START",
                    "OUTBOUND_CLICK",
                )
            },
        ),
        Param("num_of_pins", "query", "int", maximum=50, minimum=1),
        Param("created_in_last_n_days", "query", "int", enum=(30,)),
        Param("ad_account_id", "query", "str", max_length=18, pattern="^\\d+$"),
    ),
    responses={"200": "TopVideoPinsAnalyticsResponse"},
    security=("pinterest_oauth2", "client_credentials"),
    rate_limit_category="org_analytics",
)


_LINKED_BUSINESS_ACCOUNTS_GET = Operation(
    "linked_business_accounts/get",
    "GET",
    "/user_account/businesses",
    responses={"200": "list[LinkedBusiness]"},
    security=("pinterest_oauth2", "client_credentials"),
    rate_limit_category="org_read",
)


_FOLLOWERS_LIST = Operation(
    "followers/list",
    "GET",
    "/user_account/followers",
    params=(
        Param("bookmark", "query", "str"),
        Param("page_size", "query", "int", maximum=250, minimum=1),
    ),
    responses={"200": "FollowersListResponse"},
    security=("pinterest_oauth2", "client_credentials"),
    rate_limit_category="ads_read",
)


_USER_FOLLOWING_GET = Operation(
    "user_following/get",
    "GET",
    "/user_account/following",
    params=(
        Param("bookmark", "query", "str"),
        Param("page_size", "query", "int", maximum=250, minimum=1),
        Param("feed_type", "query", "UserFollowingFeedType"),
        Param("explicit_following", "query", "bool"),
        Param("ad_account_id", "query", "str", max_length=18, pattern="^\\d+$"),
    ),
    responses={"200": "UserFollowingGetResponse"},
    security=("pinterest_oauth2", "client_credentials"),
    rate_limit_category="org_read",
)


_BOARDS_USER_FOLLOWS_LIST = Operation(
    "boards_user_follows/list",
    "GET",
    "/user_account/following/boards",
    params=(
        Param("bookmark", "query", "str"),
        Param("page_size", "query", "int", maximum=250, minimum=1),
        Param("explicit_following", "query", "bool"),
        Param("ad_account_id", "query", "str", max_length=18, pattern="^\\d+$"),
    ),
    responses={"200": "BoardsUserFollowsListResponse"},
    security=("pinterest_oauth2", "client_credentials"),
    rate_limit_category="org_read",
)


_FOLLOW_USER_UPDATE = Operation(
    "follow_user/update",
    "POST",
    "/user_account/following/{username}",
    params=(Param("username", "path", "str", required=True, pattern="(?!^\\d+$)^.+$"),),
    body="FollowUserRequest",
    body_name="follow_user_request",
    body_required=True,
    content_type="application/json",
    responses={"200": "UserSummary"},
    security=("pinterest_oauth2",),
    rate_limit_category="org_write",
)


_USER_WEBSITES_GET = Operation(
    "user_websites/get",
    "GET",
    "/user_account/websites",
    params=(
        Param("bookmark", "query", "str"),
        Param("page_size", "query", "int", maximum=250, minimum=1),
    ),
    responses={"200": "UserWebsitesGetResponse"},
    security=("pinterest_oauth2",),
    rate_limit_category="org_read",
)


_VERIFY_WEBSITE_UPDATE = Operation(
    "verify_website/update",
    "POST",
    "/user_account/websites",
    params=(Param("ad_account_id", "query", "str", max_length=18, pattern="^\\d+$"),),
    body="UserWebsiteVerifyRequest",
    body_name="user_website_verify_request",
    body_required=True,
    content_type="application/json",
    responses={"200": "UserWebsiteSummary"},
    security=("pinterest_oauth2",),
    rate_limit_category="org_write",
)


_UNVERIFY_WEBSITE_DELETE = Operation(
    "unverify_website/delete",
    "DELETE",
    "/user_account/websites",
    params=(Param("website", "query", "str", required=True),),
    responses={"204": None},
    security=("pinterest_oauth2",),
    rate_limit_category="org_write",
)


_WEBSITE_VERIFICATION_GET = Operation(
    "website_verification/get",
    "GET",
    "/user_account/websites/verification",
    params=(Param("ad_account_id", "query", "str", max_length=18, pattern="^\\d+$"),),
    responses={"200": "UserWebsiteVerificationCode"},
    security=("pinterest_oauth2", "client_credentials"),
    rate_limit_category="org_read",
)


_USER_ACCOUNT_FOLLOWED_INTERESTS = Operation(
    "user_account/followed_interests",
    "GET",
    "/users/{username}/interests/follow",
    params=(
        Param("username", "path", "str", required=True, pattern="(?!^\\d+$)^.+$"),
        Param("bookmark", "query", "str"),
        Param("page_size", "query", "int", maximum=250, minimum=1),
    ),
    responses={"200": "UserAccountFollowedInterestsResponse"},
    security=("pinterest_oauth2", "client_credentials"),
    deprecated="Deprecated: Pinterest marks `user_account_followed_interests` as deprecated.",
    rate_limit_category="org_read",
)


class UserAccountApi(ApiBase):
    """View user accounts associated with a given access token."""

    @calls(_USER_ACCOUNT_GET)
    def user_account_get(
        self,
        *,
        ad_account_id: Optional[str] = None,
        **options: Unpack[CallOptions],
    ) -> Account:
        """Get user account (``GET /user_account``)

        Get account information for the "operation user_account"
        - By default, the "operation user_account" is the token user_account.

        If using Business Access: Specify an ad_account_id to use the owner of that ad_account as the "operation
        user_account". See [Understanding Business
        Access](https://developers.pinterest.com/docs/getting-started/using-business-access/) for more information.

        :param ad_account_id: Unique identifier of an ad account.
        :returns: Account
        """
        return self.api_client.call(_USER_ACCOUNT_GET, options, ad_account_id=ad_account_id)

    user_account_get_with_http_info = WithHttpInfo("user_account_get")

    @calls(_USER_ACCOUNT_ANALYTICS)
    def user_account_analytics(
        self,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        *,
        from_claimed_content: Optional[str] = None,
        pin_format: Optional[str] = None,
        app_types: Optional[str] = None,
        content_type: Optional[str] = None,
        source: Optional[str] = None,
        metric_types: Optional[List[str]] = None,
        split_field: Optional[str] = None,
        ad_account_id: Optional[str] = None,
        **options: Unpack[CallOptions],
    ) -> AnalyticsResponse:
        """Get user account analytics (``GET /user_account/analytics``)

        Get analytics for the "operation user_account"
        - By default, the "operation user_account" is the token user_account.

        Optional: Business Access: Specify an ad_account_id to use the owner of that ad_account as the "operation
        user_account".

        :param start_date: Metric report start date (UTC). Format: YYYY-MM-DD. Cannot be more than 90 days back from
            today.
        :param end_date: Metric report end date (UTC). Format: YYYY-MM-DD. Cannot be more than 90 days past
            start_date.
        :param from_claimed_content: Filter on Pins that match your claimed domain.
        :param pin_format: Pin formats to get data for, default is all.
        :param app_types: Apps or devices to get data for, default is all.
        :param content_type: Filter to paid or organic data. Default is all.
        :param source: Filter to activity from Pins created and saved by your, or activity created and saved by
            others from your claimed accounts
        :param metric_types: Metric types to get data for, default is all.
        :param split_field: How to split the data into groups. Not including this param means data won't be split.
        :param ad_account_id: Unique identifier of an ad account.
        :returns: AnalyticsResponse
        """
        return self.api_client.call(
            _USER_ACCOUNT_ANALYTICS,
            options,
            start_date=start_date,
            end_date=end_date,
            from_claimed_content=from_claimed_content,
            pin_format=pin_format,
            app_types=app_types,
            content_type=content_type,
            source=source,
            metric_types=metric_types,
            split_field=split_field,
            ad_account_id=ad_account_id,
        )

    user_account_analytics_with_http_info = WithHttpInfo("user_account_analytics")

    @calls(_USER_ACCOUNT_ANALYTICS_TOP_PINS)
    def user_account_analytics_top_pins(
        self,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        sort_by: str,
        *,
        from_claimed_content: Optional[str] = None,
        pin_format: Optional[str] = None,
        app_types: Optional[str] = None,
        content_type: Optional[str] = None,
        source: Optional[str] = None,
        metric_types: Optional[List[str]] = None,
        num_of_pins: Optional[int] = None,
        created_in_last_n_days: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        **options: Unpack[CallOptions],
    ) -> TopPinsAnalyticsResponse:
        """Get user account top pins analytics (``GET /user_account/analytics/top_pins``)

        Gets analytics data about a user's top pins (limited to the top 50).
        - By default, the "operation user_account" is the token user_account.

        Optional: Business Access: Specify an ad_account_id to use the owner of that ad_account as the "operation
        user_account".

        :param start_date: Metric report start date (UTC). Format: YYYY-MM-DD. Cannot be more than 90 days back from
            today.
        :param end_date: Metric report end date (UTC). Format: YYYY-MM-DD. Cannot be more than 90 days past
            start_date.
        :param sort_by: Specify sorting order for metrics
        :param from_claimed_content: Filter on Pins that match your claimed domain.
        :param pin_format: Pin formats to get data for, default is all.
        :param app_types: Apps or devices to get data for, default is all.
        :param content_type: Filter to paid or organic data. Default is all.
        :param source: Filter to activity from Pins created and saved by your, or activity created and saved by
            others from your claimed accounts
        :param metric_types: Metric types to get data for, default is all.
        :param num_of_pins: Number of pins to include, default is 10. Max is 50.
        :param created_in_last_n_days: Get metrics for pins created in the last "n" days.
        :param ad_account_id: Unique identifier of an ad account.
        :returns: TopPinsAnalyticsResponse
        """
        return self.api_client.call(
            _USER_ACCOUNT_ANALYTICS_TOP_PINS,
            options,
            start_date=start_date,
            end_date=end_date,
            sort_by=sort_by,
            from_claimed_content=from_claimed_content,
            pin_format=pin_format,
            app_types=app_types,
            content_type=content_type,
            source=source,
            metric_types=metric_types,
            num_of_pins=num_of_pins,
            created_in_last_n_days=created_in_last_n_days,
            ad_account_id=ad_account_id,
        )

    user_account_analytics_top_pins_with_http_info = WithHttpInfo("user_account_analytics_top_pins")

    @calls(_USER_ACCOUNT_ANALYTICS_TOP_VIDEO_PINS)
    def user_account_analytics_top_video_pins(
        self,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        sort_by: str,
        *,
        from_claimed_content: Optional[str] = None,
        pin_format: Optional[str] = None,
        app_types: Optional[str] = None,
        content_type: Optional[str] = None,
        source: Optional[str] = None,
        metric_types: Optional[List[str]] = None,
        num_of_pins: Optional[int] = None,
        created_in_last_n_days: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        **options: Unpack[CallOptions],
    ) -> TopVideoPinsAnalyticsResponse:
        """Get user account top video pins analytics (``GET /user_account/analytics/top_video_pins``)

        Gets analytics data about a user's top video pins (limited to the top 50).
        - By default, the "operation user_account" is the token user_account.

        Optional: Business Access: Specify an ad_account_id to use the owner of that ad_account as the "operation
        user_account".

        :param start_date: Metric report start date (UTC). Format: YYYY-MM-DD. Cannot be more than 90 days back from
            today.
        :param end_date: Metric report end date (UTC). Format: YYYY-MM-DD. Cannot be more than 90 days past
            start_date.
        :param sort_by: Specify sorting order for video metrics
        :param from_claimed_content: Filter on Pins that match your claimed domain.
        :param pin_format: Pin formats to get data for, default is all.
        :param app_types: Apps or devices to get data for, default is all.
        :param content_type: Filter to paid or organic data. Default is all.
        :param source: Filter to activity from Pins created and saved by your, or activity created and saved by
            others from your claimed accounts
        :param metric_types: Metric types to get video data for, default is all.
        :param num_of_pins: Number of pins to include, default is 10. Max is 50.
        :param created_in_last_n_days: Get metrics for pins created in the last "n" days.
        :param ad_account_id: Unique identifier of an ad account.
        :returns: TopVideoPinsAnalyticsResponse
        """
        return self.api_client.call(
            _USER_ACCOUNT_ANALYTICS_TOP_VIDEO_PINS,
            options,
            start_date=start_date,
            end_date=end_date,
            sort_by=sort_by,
            from_claimed_content=from_claimed_content,
            pin_format=pin_format,
            app_types=app_types,
            content_type=content_type,
            source=source,
            metric_types=metric_types,
            num_of_pins=num_of_pins,
            created_in_last_n_days=created_in_last_n_days,
            ad_account_id=ad_account_id,
        )

    user_account_analytics_top_video_pins_with_http_info = WithHttpInfo("user_account_analytics_top_video_pins")

    @calls(_LINKED_BUSINESS_ACCOUNTS_GET)
    def linked_business_accounts_get(
        self,
        **options: Unpack[CallOptions],
    ) -> List[LinkedBusiness]:
        """List linked businesses (``GET /user_account/businesses``)

        Get a list of your linked business accounts.

        :returns: List[LinkedBusiness]
        """
        return self.api_client.call(_LINKED_BUSINESS_ACCOUNTS_GET, options)

    linked_business_accounts_get_with_http_info = WithHttpInfo("linked_business_accounts_get")

    @calls(_FOLLOWERS_LIST)
    def followers_list(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        **options: Unpack[CallOptions],
    ) -> FollowersListResponse:
        """List followers (``GET /user_account/followers``)

        Get a list of your followers.

        :param bookmark: Cursor used to fetch the next page of items
        :param page_size: Maximum number of items to include in a single page of the response. See documentation on
            [Pagination](https://developers.pinterest.com/docs/reference/pagination/) for more information.
        :returns: FollowersListResponse
        """
        return self.api_client.call(_FOLLOWERS_LIST, options, bookmark=bookmark, page_size=page_size)

    followers_list_with_http_info = WithHttpInfo("followers_list")

    @calls(_USER_FOLLOWING_GET)
    def user_following_get(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        feed_type: Optional[Union[UserFollowingFeedType, str]] = None,
        explicit_following: Optional[bool] = None,
        ad_account_id: Optional[str] = None,
        **options: Unpack[CallOptions],
    ) -> UserFollowingGetResponse:
        """List following (``GET /user_account/following``)

        Get a list of who a certain user follows.

        :param bookmark: Cursor used to fetch the next page of items
        :param page_size: Maximum number of items to include in a single page of the response. See documentation on
            [Pagination](https://developers.pinterest.com/docs/reference/pagination/) for more information.
        :param feed_type: Thrift param specifying what type of followees will be kept. Default to include all
            followees.
        :param explicit_following: Whether or not to include implicit user follows, which means followees with board
            follows. When explicit_following is True, it means we only want explicit user follows.
        :param ad_account_id: Unique identifier of an ad account.
        :returns: UserFollowingGetResponse
        """
        return self.api_client.call(
            _USER_FOLLOWING_GET,
            options,
            bookmark=bookmark,
            page_size=page_size,
            feed_type=feed_type,
            explicit_following=explicit_following,
            ad_account_id=ad_account_id,
        )

    user_following_get_with_http_info = WithHttpInfo("user_following_get")

    @calls(_BOARDS_USER_FOLLOWS_LIST)
    def boards_user_follows_list(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        explicit_following: Optional[bool] = None,
        ad_account_id: Optional[str] = None,
        **options: Unpack[CallOptions],
    ) -> BoardsUserFollowsListResponse:
        """List following boards (``GET /user_account/following/boards``)

        Get a list of the boards a user follows. The request returns a board summary object array.

        :param bookmark: Cursor used to fetch the next page of items
        :param page_size: Maximum number of items to include in a single page of the response. See documentation on
            [Pagination](https://developers.pinterest.com/docs/reference/pagination/) for more information.
        :param explicit_following: Whether or not to include implicit user follows, which means followees with board
            follows. When explicit_following is True, it means we only want explicit user follows.
        :param ad_account_id: Unique identifier of an ad account.
        :returns: BoardsUserFollowsListResponse
        """
        return self.api_client.call(
            _BOARDS_USER_FOLLOWS_LIST,
            options,
            bookmark=bookmark,
            page_size=page_size,
            explicit_following=explicit_following,
            ad_account_id=ad_account_id,
        )

    boards_user_follows_list_with_http_info = WithHttpInfo("boards_user_follows_list")

    @calls(_FOLLOW_USER_UPDATE)
    def follow_user_update(
        self,
        username: str,
        follow_user_request: Union[FollowUserRequest, Dict[str, Any]],
        **options: Unpack[CallOptions],
    ) -> UserSummary:
        """Follow user (``POST /user_account/following/{username}``)

        **This endpoint is currently in beta and not available to all apps. [Learn
        more](https://developers.pinterest.com/docs/getting-started/using-beta-and-restricted-features/).**

        Use this request, as a signed-in user, to follow another user.

        :param username: A valid username
        :param follow_user_request: Follow a user.
        :returns: UserSummary
        """
        return self.api_client.call(
            _FOLLOW_USER_UPDATE, options, username=username, follow_user_request=follow_user_request
        )

    follow_user_update_with_http_info = WithHttpInfo("follow_user_update")

    @calls(_USER_WEBSITES_GET)
    def user_websites_get(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        **options: Unpack[CallOptions],
    ) -> UserWebsitesGetResponse:
        """Get user websites (``GET /user_account/websites``)

        Get user websites, claimed or not

        :param bookmark: Cursor used to fetch the next page of items
        :param page_size: Maximum number of items to include in a single page of the response. See documentation on
            [Pagination](https://developers.pinterest.com/docs/reference/pagination/) for more information.
        :returns: UserWebsitesGetResponse
        """
        return self.api_client.call(_USER_WEBSITES_GET, options, bookmark=bookmark, page_size=page_size)

    user_websites_get_with_http_info = WithHttpInfo("user_websites_get")

    @calls(_VERIFY_WEBSITE_UPDATE)
    def verify_website_update(
        self,
        user_website_verify_request: Union[UserWebsiteVerifyRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        **options: Unpack[CallOptions],
    ) -> UserWebsiteSummary:
        """Verify website (``POST /user_account/websites``)

        Verify a website as a signed-in user.

        :param user_website_verify_request: Verify a website.
        :param ad_account_id: Unique identifier of an ad account.
        :returns: UserWebsiteSummary
        """
        return self.api_client.call(
            _VERIFY_WEBSITE_UPDATE,
            options,
            ad_account_id=ad_account_id,
            user_website_verify_request=user_website_verify_request,
        )

    verify_website_update_with_http_info = WithHttpInfo("verify_website_update")

    @calls(_UNVERIFY_WEBSITE_DELETE)
    def unverify_website_delete(
        self,
        website: str,
        **options: Unpack[CallOptions],
    ) -> None:
        """Unverify website (``DELETE /user_account/websites``)

        Unverifu a website verified by the signed-in user.

        :param website: Website with path or domain only
        :returns: None
        """
        return self.api_client.call(_UNVERIFY_WEBSITE_DELETE, options, website=website)

    unverify_website_delete_with_http_info = WithHttpInfo("unverify_website_delete")

    @calls(_WEBSITE_VERIFICATION_GET)
    def website_verification_get(
        self,
        *,
        ad_account_id: Optional[str] = None,
        **options: Unpack[CallOptions],
    ) -> UserWebsiteVerificationCode:
        """Get user verification code for website claiming (``GET /user_account/websites/verification``)

        Get verification code for user to install on the website to claim it.

        :param ad_account_id: Unique identifier of an ad account.
        :returns: UserWebsiteVerificationCode
        """
        return self.api_client.call(_WEBSITE_VERIFICATION_GET, options, ad_account_id=ad_account_id)

    website_verification_get_with_http_info = WithHttpInfo("website_verification_get")

    @calls(_USER_ACCOUNT_FOLLOWED_INTERESTS)
    def user_account_followed_interests(
        self,
        username: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        **options: Unpack[CallOptions],
    ) -> UserAccountFollowedInterestsResponse:
        """Deprecated: Pinterest marks `user_account_followed_interests` as deprecated.

        List following interests (``GET /users/{username}/interests/follow``)

        Get a list of a user's following interests in one place.

        :param username: A valid username
        :param bookmark: Cursor used to fetch the next page of items
        :param page_size: Maximum number of items to include in a single page of the response. See documentation on
            [Pagination](https://developers.pinterest.com/docs/reference/pagination/) for more information.
        :returns: UserAccountFollowedInterestsResponse
        """
        return self.api_client.call(
            _USER_ACCOUNT_FOLLOWED_INTERESTS, options, username=username, bookmark=bookmark, page_size=page_size
        )

    user_account_followed_interests_with_http_info = WithHttpInfo("user_account_followed_interests")
