# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""ConversionEventsApi: Submit conversion events via the Pinterest API."""

from __future__ import annotations

from pinterest_client._operations import ApiBase, Operation, Param, WithHttpInfo, calls
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any, Dict, Optional, Union

    from typing_extensions import Unpack

    from pinterest_client.api_client import CallOptions
    from pinterest_client.model.conversion_api_response import ConversionApiResponse
    from pinterest_client.model.conversion_events import ConversionEvents


_EVENTS_CREATE = Operation(
    "events/create",
    "POST",
    "/ad_accounts/{ad_account_id}/events",
    params=(
        Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),
        Param("test", "query", "bool"),
    ),
    body="ConversionEvents",
    body_name="conversion_events",
    body_required=True,
    content_type="application/json",
    responses={"200": "ConversionApiResponse"},
    security=("pinterest_oauth2", "conversion_token"),
    rate_limit_category="ads_conversions",
)


class ConversionEventsApi(ApiBase):
    """Submit conversion events via the Pinterest API."""

    @calls(_EVENTS_CREATE)
    def events_create(
        self,
        ad_account_id: str,
        conversion_events: Union[ConversionEvents, Dict[str, Any]],
        *,
        test: Optional[bool] = None,
        **options: Unpack[CallOptions],
    ) -> ConversionApiResponse:
        """Send conversions (``POST /ad_accounts/{ad_account_id}/events``)

        The Pinterest API offers advertisers a way to send Pinterest their conversion information (including web
        conversions, in-app conversions, or even offline conversions) based on their `ad_account_id`. The request
        body should be a JSON object.
        - This endpoint requires an `access_token` be generated through Ads Manager. Review the [Conversions
          Guide](https://developers.pinterest.com/docs/api-features/conversion-overview/) for more details. (Note
          that the authorization header required is `Authorization: Bearer <access_token>`).
        - The token's `user_account` must either be the Owner of the specified ad account, or have one of the
          necessary roles granted to them via [Business
          Access](https://help.pinterest.com/en/business/article/share-and-manage-access-to-your-ad-accounts): Admin,
          Analyst, Audience, Campaign. (Note that the token can be used across multiple ad accounts under an user
          ID.)
        - This endpoint has a rate limit of 5,000 calls per minute per ad account.
        - If the merchant is submitting this information using both Pinterest conversion tags and the Pinterest API,
          Pinterest will remove duplicate information before reporting. (Note that events that took place offline
          cannot be deduplicated.)

        :param ad_account_id: Unique identifier of an ad account.
        :param conversion_events: Conversion events.
        :param test: Include query param ?test=true to mark the request as a test request. The events will not be
            recorded but the API will still return the same response messages. Use this mode to verify your requests
            are working and your events are constructed correctly. Warning: If you use this query parameter, be
            certain that it is off (set to false or deleted) before sending a legitimate (non-testing) request.
        :returns: ConversionApiResponse
        """
        return self.api_client.call(
            _EVENTS_CREATE, options, ad_account_id=ad_account_id, test=test, conversion_events=conversion_events
        )

    events_create_with_http_info = WithHttpInfo("events_create")
