# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""UserAccountApi: View user accounts associated with a given access token."""

import datetime
from typing import Any, Dict, List, Literal, Optional, Union, overload

from typing_extensions import Unpack

from pinterest_client._operations import ApiBase, Operation
from pinterest_client.api_client import ApiResponse, AsyncResult, RawResponse, RequestOptions
from pinterest_client.model.account import Account
from pinterest_client.model.analytics_response import AnalyticsResponse
from pinterest_client.model.boards_user_follows_list_response import BoardsUserFollowsListResponse
from pinterest_client.model.follow_user_request import FollowUserRequest
from pinterest_client.model.followers_list_response import FollowersListResponse
from pinterest_client.model.linked_business import LinkedBusiness
from pinterest_client.model.top_pins_analytics_response import TopPinsAnalyticsResponse
from pinterest_client.model.top_video_pins_analytics_response import TopVideoPinsAnalyticsResponse
from pinterest_client.model.user_account_followed_interests_response import UserAccountFollowedInterestsResponse
from pinterest_client.model.user_following_feed_type import UserFollowingFeedType, UserFollowingFeedTypeValue
from pinterest_client.model.user_following_get_response import UserFollowingGetResponse
from pinterest_client.model.user_summary import UserSummary
from pinterest_client.model.user_website_summary import UserWebsiteSummary
from pinterest_client.model.user_website_verification_code import UserWebsiteVerificationCode
from pinterest_client.model.user_website_verify_request import UserWebsiteVerifyRequest
from pinterest_client.model.user_websites_get_response import UserWebsitesGetResponse

_USER_ACCOUNT_GET: Operation
_USER_ACCOUNT_ANALYTICS: Operation
_USER_ACCOUNT_ANALYTICS_TOP_PINS: Operation
_USER_ACCOUNT_ANALYTICS_TOP_VIDEO_PINS: Operation
_LINKED_BUSINESS_ACCOUNTS_GET: Operation
_FOLLOWERS_LIST: Operation
_USER_FOLLOWING_GET: Operation
_BOARDS_USER_FOLLOWS_LIST: Operation
_FOLLOW_USER_UPDATE: Operation
_USER_WEBSITES_GET: Operation
_VERIFY_WEBSITE_UPDATE: Operation
_UNVERIFY_WEBSITE_DELETE: Operation
_WEBSITE_VERIFICATION_GET: Operation
_USER_ACCOUNT_FOLLOWED_INTERESTS: Operation

class UserAccountApi(ApiBase):
    """View user accounts associated with a given access token."""
    @overload
    def user_account_get(
        self,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> Account: ...
    @overload
    def user_account_get(
        self,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[Account]: ...
    @overload
    def user_account_get(
        self,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def user_account_get(
        self,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[Account]: ...
    @overload
    def user_account_get(
        self,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[Account]]: ...
    @overload
    def user_account_get(
        self,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def user_account_get(
        self,
        *,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[Account, ApiResponse[Account], RawResponse, AsyncResult[Any]]: ...
    @overload
    def user_account_get_with_http_info(
        self,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[Account]: ...
    @overload
    def user_account_get_with_http_info(
        self,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def user_account_get_with_http_info(
        self,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[Account]]: ...
    @overload
    def user_account_get_with_http_info(
        self,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def user_account_get_with_http_info(
        self,
        *,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[Account], RawResponse, AsyncResult[Any]]: ...
    @overload
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
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AnalyticsResponse: ...
    @overload
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
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[AnalyticsResponse]: ...
    @overload
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
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
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
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[AnalyticsResponse]: ...
    @overload
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
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[AnalyticsResponse]]: ...
    @overload
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
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
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
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[AnalyticsResponse, ApiResponse[AnalyticsResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def user_account_analytics_with_http_info(
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
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[AnalyticsResponse]: ...
    @overload
    def user_account_analytics_with_http_info(
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
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def user_account_analytics_with_http_info(
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
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[AnalyticsResponse]]: ...
    @overload
    def user_account_analytics_with_http_info(
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
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def user_account_analytics_with_http_info(
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
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[AnalyticsResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
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
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> TopPinsAnalyticsResponse: ...
    @overload
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
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[TopPinsAnalyticsResponse]: ...
    @overload
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
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
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
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[TopPinsAnalyticsResponse]: ...
    @overload
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
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[TopPinsAnalyticsResponse]]: ...
    @overload
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
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
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
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[TopPinsAnalyticsResponse, ApiResponse[TopPinsAnalyticsResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def user_account_analytics_top_pins_with_http_info(
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
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[TopPinsAnalyticsResponse]: ...
    @overload
    def user_account_analytics_top_pins_with_http_info(
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
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def user_account_analytics_top_pins_with_http_info(
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
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[TopPinsAnalyticsResponse]]: ...
    @overload
    def user_account_analytics_top_pins_with_http_info(
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
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def user_account_analytics_top_pins_with_http_info(
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
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[TopPinsAnalyticsResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
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
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> TopVideoPinsAnalyticsResponse: ...
    @overload
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
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[TopVideoPinsAnalyticsResponse]: ...
    @overload
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
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
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
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[TopVideoPinsAnalyticsResponse]: ...
    @overload
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
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[TopVideoPinsAnalyticsResponse]]: ...
    @overload
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
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
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
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[
        TopVideoPinsAnalyticsResponse, ApiResponse[TopVideoPinsAnalyticsResponse], RawResponse, AsyncResult[Any]
    ]: ...
    @overload
    def user_account_analytics_top_video_pins_with_http_info(
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
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[TopVideoPinsAnalyticsResponse]: ...
    @overload
    def user_account_analytics_top_video_pins_with_http_info(
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
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def user_account_analytics_top_video_pins_with_http_info(
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
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[TopVideoPinsAnalyticsResponse]]: ...
    @overload
    def user_account_analytics_top_video_pins_with_http_info(
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
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def user_account_analytics_top_video_pins_with_http_info(
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
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[TopVideoPinsAnalyticsResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def linked_business_accounts_get(
        self,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> List[LinkedBusiness]: ...
    @overload
    def linked_business_accounts_get(
        self,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[List[LinkedBusiness]]: ...
    @overload
    def linked_business_accounts_get(
        self,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def linked_business_accounts_get(
        self,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[List[LinkedBusiness]]: ...
    @overload
    def linked_business_accounts_get(
        self,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[List[LinkedBusiness]]]: ...
    @overload
    def linked_business_accounts_get(
        self,
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def linked_business_accounts_get(
        self,
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[List[LinkedBusiness], ApiResponse[List[LinkedBusiness]], RawResponse, AsyncResult[Any]]: ...
    @overload
    def linked_business_accounts_get_with_http_info(
        self,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[List[LinkedBusiness]]: ...
    @overload
    def linked_business_accounts_get_with_http_info(
        self,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def linked_business_accounts_get_with_http_info(
        self,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[List[LinkedBusiness]]]: ...
    @overload
    def linked_business_accounts_get_with_http_info(
        self,
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def linked_business_accounts_get_with_http_info(
        self,
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[List[LinkedBusiness]], RawResponse, AsyncResult[Any]]: ...
    @overload
    def followers_list(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> FollowersListResponse: ...
    @overload
    def followers_list(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[FollowersListResponse]: ...
    @overload
    def followers_list(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def followers_list(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[FollowersListResponse]: ...
    @overload
    def followers_list(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[FollowersListResponse]]: ...
    @overload
    def followers_list(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def followers_list(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[FollowersListResponse, ApiResponse[FollowersListResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def followers_list_with_http_info(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[FollowersListResponse]: ...
    @overload
    def followers_list_with_http_info(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def followers_list_with_http_info(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[FollowersListResponse]]: ...
    @overload
    def followers_list_with_http_info(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def followers_list_with_http_info(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[FollowersListResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def user_following_get(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        feed_type: Optional[Union[UserFollowingFeedType, UserFollowingFeedTypeValue]] = None,
        explicit_following: Optional[bool] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> UserFollowingGetResponse: ...
    @overload
    def user_following_get(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        feed_type: Optional[Union[UserFollowingFeedType, UserFollowingFeedTypeValue]] = None,
        explicit_following: Optional[bool] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[UserFollowingGetResponse]: ...
    @overload
    def user_following_get(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        feed_type: Optional[Union[UserFollowingFeedType, UserFollowingFeedTypeValue]] = None,
        explicit_following: Optional[bool] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def user_following_get(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        feed_type: Optional[Union[UserFollowingFeedType, UserFollowingFeedTypeValue]] = None,
        explicit_following: Optional[bool] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[UserFollowingGetResponse]: ...
    @overload
    def user_following_get(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        feed_type: Optional[Union[UserFollowingFeedType, UserFollowingFeedTypeValue]] = None,
        explicit_following: Optional[bool] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[UserFollowingGetResponse]]: ...
    @overload
    def user_following_get(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        feed_type: Optional[Union[UserFollowingFeedType, UserFollowingFeedTypeValue]] = None,
        explicit_following: Optional[bool] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def user_following_get(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        feed_type: Optional[Union[UserFollowingFeedType, UserFollowingFeedTypeValue]] = None,
        explicit_following: Optional[bool] = None,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[UserFollowingGetResponse, ApiResponse[UserFollowingGetResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def user_following_get_with_http_info(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        feed_type: Optional[Union[UserFollowingFeedType, UserFollowingFeedTypeValue]] = None,
        explicit_following: Optional[bool] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[UserFollowingGetResponse]: ...
    @overload
    def user_following_get_with_http_info(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        feed_type: Optional[Union[UserFollowingFeedType, UserFollowingFeedTypeValue]] = None,
        explicit_following: Optional[bool] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def user_following_get_with_http_info(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        feed_type: Optional[Union[UserFollowingFeedType, UserFollowingFeedTypeValue]] = None,
        explicit_following: Optional[bool] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[UserFollowingGetResponse]]: ...
    @overload
    def user_following_get_with_http_info(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        feed_type: Optional[Union[UserFollowingFeedType, UserFollowingFeedTypeValue]] = None,
        explicit_following: Optional[bool] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def user_following_get_with_http_info(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        feed_type: Optional[Union[UserFollowingFeedType, UserFollowingFeedTypeValue]] = None,
        explicit_following: Optional[bool] = None,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[UserFollowingGetResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def boards_user_follows_list(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        explicit_following: Optional[bool] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> BoardsUserFollowsListResponse: ...
    @overload
    def boards_user_follows_list(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        explicit_following: Optional[bool] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[BoardsUserFollowsListResponse]: ...
    @overload
    def boards_user_follows_list(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        explicit_following: Optional[bool] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def boards_user_follows_list(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        explicit_following: Optional[bool] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[BoardsUserFollowsListResponse]: ...
    @overload
    def boards_user_follows_list(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        explicit_following: Optional[bool] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[BoardsUserFollowsListResponse]]: ...
    @overload
    def boards_user_follows_list(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        explicit_following: Optional[bool] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def boards_user_follows_list(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        explicit_following: Optional[bool] = None,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[
        BoardsUserFollowsListResponse, ApiResponse[BoardsUserFollowsListResponse], RawResponse, AsyncResult[Any]
    ]: ...
    @overload
    def boards_user_follows_list_with_http_info(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        explicit_following: Optional[bool] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[BoardsUserFollowsListResponse]: ...
    @overload
    def boards_user_follows_list_with_http_info(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        explicit_following: Optional[bool] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def boards_user_follows_list_with_http_info(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        explicit_following: Optional[bool] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[BoardsUserFollowsListResponse]]: ...
    @overload
    def boards_user_follows_list_with_http_info(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        explicit_following: Optional[bool] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def boards_user_follows_list_with_http_info(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        explicit_following: Optional[bool] = None,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[BoardsUserFollowsListResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def follow_user_update(
        self,
        username: str,
        follow_user_request: Union[FollowUserRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> UserSummary: ...
    @overload
    def follow_user_update(
        self,
        username: str,
        follow_user_request: Union[FollowUserRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[UserSummary]: ...
    @overload
    def follow_user_update(
        self,
        username: str,
        follow_user_request: Union[FollowUserRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def follow_user_update(
        self,
        username: str,
        follow_user_request: Union[FollowUserRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[UserSummary]: ...
    @overload
    def follow_user_update(
        self,
        username: str,
        follow_user_request: Union[FollowUserRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[UserSummary]]: ...
    @overload
    def follow_user_update(
        self,
        username: str,
        follow_user_request: Union[FollowUserRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def follow_user_update(
        self,
        username: str,
        follow_user_request: Union[FollowUserRequest, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[UserSummary, ApiResponse[UserSummary], RawResponse, AsyncResult[Any]]: ...
    @overload
    def follow_user_update_with_http_info(
        self,
        username: str,
        follow_user_request: Union[FollowUserRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[UserSummary]: ...
    @overload
    def follow_user_update_with_http_info(
        self,
        username: str,
        follow_user_request: Union[FollowUserRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def follow_user_update_with_http_info(
        self,
        username: str,
        follow_user_request: Union[FollowUserRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[UserSummary]]: ...
    @overload
    def follow_user_update_with_http_info(
        self,
        username: str,
        follow_user_request: Union[FollowUserRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def follow_user_update_with_http_info(
        self,
        username: str,
        follow_user_request: Union[FollowUserRequest, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[UserSummary], RawResponse, AsyncResult[Any]]: ...
    @overload
    def user_websites_get(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> UserWebsitesGetResponse: ...
    @overload
    def user_websites_get(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[UserWebsitesGetResponse]: ...
    @overload
    def user_websites_get(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def user_websites_get(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[UserWebsitesGetResponse]: ...
    @overload
    def user_websites_get(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[UserWebsitesGetResponse]]: ...
    @overload
    def user_websites_get(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def user_websites_get(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[UserWebsitesGetResponse, ApiResponse[UserWebsitesGetResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def user_websites_get_with_http_info(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[UserWebsitesGetResponse]: ...
    @overload
    def user_websites_get_with_http_info(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def user_websites_get_with_http_info(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[UserWebsitesGetResponse]]: ...
    @overload
    def user_websites_get_with_http_info(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def user_websites_get_with_http_info(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[UserWebsitesGetResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def verify_website_update(
        self,
        user_website_verify_request: Union[UserWebsiteVerifyRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> UserWebsiteSummary: ...
    @overload
    def verify_website_update(
        self,
        user_website_verify_request: Union[UserWebsiteVerifyRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[UserWebsiteSummary]: ...
    @overload
    def verify_website_update(
        self,
        user_website_verify_request: Union[UserWebsiteVerifyRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def verify_website_update(
        self,
        user_website_verify_request: Union[UserWebsiteVerifyRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[UserWebsiteSummary]: ...
    @overload
    def verify_website_update(
        self,
        user_website_verify_request: Union[UserWebsiteVerifyRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[UserWebsiteSummary]]: ...
    @overload
    def verify_website_update(
        self,
        user_website_verify_request: Union[UserWebsiteVerifyRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def verify_website_update(
        self,
        user_website_verify_request: Union[UserWebsiteVerifyRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[UserWebsiteSummary, ApiResponse[UserWebsiteSummary], RawResponse, AsyncResult[Any]]: ...
    @overload
    def verify_website_update_with_http_info(
        self,
        user_website_verify_request: Union[UserWebsiteVerifyRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[UserWebsiteSummary]: ...
    @overload
    def verify_website_update_with_http_info(
        self,
        user_website_verify_request: Union[UserWebsiteVerifyRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def verify_website_update_with_http_info(
        self,
        user_website_verify_request: Union[UserWebsiteVerifyRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[UserWebsiteSummary]]: ...
    @overload
    def verify_website_update_with_http_info(
        self,
        user_website_verify_request: Union[UserWebsiteVerifyRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def verify_website_update_with_http_info(
        self,
        user_website_verify_request: Union[UserWebsiteVerifyRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[UserWebsiteSummary], RawResponse, AsyncResult[Any]]: ...
    @overload
    def unverify_website_delete(
        self,
        website: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> None: ...
    @overload
    def unverify_website_delete(
        self,
        website: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[None]: ...
    @overload
    def unverify_website_delete(
        self,
        website: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def unverify_website_delete(
        self,
        website: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[None]: ...
    @overload
    def unverify_website_delete(
        self,
        website: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[None]]: ...
    @overload
    def unverify_website_delete(
        self,
        website: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def unverify_website_delete(
        self,
        website: str,
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[None, ApiResponse[None], RawResponse, AsyncResult[Any]]: ...
    @overload
    def unverify_website_delete_with_http_info(
        self,
        website: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[None]: ...
    @overload
    def unverify_website_delete_with_http_info(
        self,
        website: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def unverify_website_delete_with_http_info(
        self,
        website: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[None]]: ...
    @overload
    def unverify_website_delete_with_http_info(
        self,
        website: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def unverify_website_delete_with_http_info(
        self,
        website: str,
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[None], RawResponse, AsyncResult[Any]]: ...
    @overload
    def website_verification_get(
        self,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> UserWebsiteVerificationCode: ...
    @overload
    def website_verification_get(
        self,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[UserWebsiteVerificationCode]: ...
    @overload
    def website_verification_get(
        self,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def website_verification_get(
        self,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[UserWebsiteVerificationCode]: ...
    @overload
    def website_verification_get(
        self,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[UserWebsiteVerificationCode]]: ...
    @overload
    def website_verification_get(
        self,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def website_verification_get(
        self,
        *,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[
        UserWebsiteVerificationCode, ApiResponse[UserWebsiteVerificationCode], RawResponse, AsyncResult[Any]
    ]: ...
    @overload
    def website_verification_get_with_http_info(
        self,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[UserWebsiteVerificationCode]: ...
    @overload
    def website_verification_get_with_http_info(
        self,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def website_verification_get_with_http_info(
        self,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[UserWebsiteVerificationCode]]: ...
    @overload
    def website_verification_get_with_http_info(
        self,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def website_verification_get_with_http_info(
        self,
        *,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[UserWebsiteVerificationCode], RawResponse, AsyncResult[Any]]: ...
    @overload
    def user_account_followed_interests(
        self,
        username: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> UserAccountFollowedInterestsResponse: ...
    @overload
    def user_account_followed_interests(
        self,
        username: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[UserAccountFollowedInterestsResponse]: ...
    @overload
    def user_account_followed_interests(
        self,
        username: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def user_account_followed_interests(
        self,
        username: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[UserAccountFollowedInterestsResponse]: ...
    @overload
    def user_account_followed_interests(
        self,
        username: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[UserAccountFollowedInterestsResponse]]: ...
    @overload
    def user_account_followed_interests(
        self,
        username: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def user_account_followed_interests(
        self,
        username: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[
        UserAccountFollowedInterestsResponse,
        ApiResponse[UserAccountFollowedInterestsResponse],
        RawResponse,
        AsyncResult[Any],
    ]: ...
    @overload
    def user_account_followed_interests_with_http_info(
        self,
        username: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[UserAccountFollowedInterestsResponse]: ...
    @overload
    def user_account_followed_interests_with_http_info(
        self,
        username: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def user_account_followed_interests_with_http_info(
        self,
        username: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[UserAccountFollowedInterestsResponse]]: ...
    @overload
    def user_account_followed_interests_with_http_info(
        self,
        username: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def user_account_followed_interests_with_http_info(
        self,
        username: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[UserAccountFollowedInterestsResponse], RawResponse, AsyncResult[Any]]: ...
