# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""MsotEventsApi: Submit Measurement Source of Truth attributed conversion events via the Pinterest API."""

from __future__ import annotations

from pinterest_client._operations import ApiBase, Operation, Param, WithHttpInfo, calls
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any, Dict, Union

    from typing_extensions import Unpack

    from pinterest_client.api_client import CallOptions
    from pinterest_client.model.conversion_msot_events import ConversionMSOTEvents


_MSOT_EVENTS_CREATE = Operation(
    "msot_events/create",
    "POST",
    "/ad_accounts/{ad_account_id}/msot/events",
    params=(Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),),
    body="ConversionMSOTEvents",
    body_name="conversion_msot_events",
    body_required=True,
    content_type="application/json",
    responses={"200": None},
    security=("pinterest_oauth2",),
    rate_limit_category="msot_write",
)


class MsotEventsApi(ApiBase):
    """Submit Measurement Source of Truth attributed conversion events via the Pinterest API."""

    @calls(_MSOT_EVENTS_CREATE)
    def msot_events_create(
        self,
        ad_account_id: str,
        conversion_msot_events: Union[ConversionMSOTEvents, Dict[str, Any]],
        **options: Unpack[CallOptions],
    ) -> None:
        """Send Measurement Source Of Truth (MSOT) attributed conversion events (``POST
        /ad_accounts/{ad_account_id}/msot/events``)

        **This feature is currently in beta and not available to all apps, if you're interested in joining the beta,
        please reach out to your Pinterest account manager.**

        Advertisers or their measurement partners can send attributed MSOT conversion events to Pinterest based on
        their `ad_account_id`. The request body should be a JSON object.

        - These events will NOT be used in Reporting.

        :param ad_account_id: Unique identifier of an ad account.
        :param conversion_msot_events: Attributed MSOT conversion events
        :returns: None
        """
        return self.api_client.call(
            _MSOT_EVENTS_CREATE, options, ad_account_id=ad_account_id, conversion_msot_events=conversion_msot_events
        )

    msot_events_create_with_http_info = WithHttpInfo("msot_events_create")
