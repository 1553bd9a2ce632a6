# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""ConversionsApi"""

from __future__ import annotations

from pinterest_client._operations import ApiBase, Operation, Param, WithHttpInfo, calls
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from pinterest_client.api_client import CallOptions
    from pinterest_client.model.advertiser_defined_events_get_response import AdvertiserDefinedEventsGetResponse


_ADVERTISER_DEFINED_EVENTS_GET = Operation(
    "advertiser_defined_events/get",
    "GET",
    "/ad_accounts/{ad_account_id}/advertiser_defined_events",
    params=(Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),),
    responses={"200": "AdvertiserDefinedEventsGetResponse"},
    security=("pinterest_oauth2", "client_credentials"),
    rate_limit_category="ads_read",
)


class ConversionsApi(ApiBase):
    """Operations tagged `conversions`."""

    @calls(_ADVERTISER_DEFINED_EVENTS_GET)
    def advertiser_defined_events_get(
        self,
        ad_account_id: str,
        **options: Unpack[CallOptions],
    ) -> AdvertiserDefinedEventsGetResponse:
        """Get advertiser defined events (``GET /ad_accounts/{ad_account_id}/advertiser_defined_events``)

        Get advertiser defined events for the given ad account.

        :param ad_account_id: Unique identifier of an ad account.
        :returns: AdvertiserDefinedEventsGetResponse
        """
        return self.api_client.call(_ADVERTISER_DEFINED_EVENTS_GET, options, ad_account_id=ad_account_id)

    advertiser_defined_events_get_with_http_info = WithHttpInfo("advertiser_defined_events_get")
