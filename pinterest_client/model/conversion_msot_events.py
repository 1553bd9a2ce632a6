# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional, Union

    from pinterest_client.model.currency import Currency, CurrencyValue


class ConversionMSOTEvents(Model):
    """Object containing the MSOT conversion events."""

    action_timestamps: Optional[List[int]] = Field("list[int]")
    """Timestamp(s) when the ad action(s) happened. Unix timestamp in seconds."""

    ad_group_id: str = Field("str", required=True, pattern="^\\d+$")
    """The ID of the ad group that was attributed to the conversion event."""

    attribution_model: Optional[str] = Field("str", enum=("first_touch", "last_touch", "multi_touch"))
    """The attribution model used to attribute the conversion event."""

    attribution_scope: str = Field("str", required=True, enum=("view", "engagement", "click"))
    """Ad event type."""

    attribution_score: Optional[float] = Field("float", exclusive_minimum=True, maximum=1, minimum=0)
    """Credit given to the attributed ad actions. Allowed values are > 0 and <= 1."""

    campaign_id: Optional[str] = Field("str", pattern="^\\d+$")
    """The ID of the campaign that was attributed to the conversion event."""

    currency: Optional[Union[Currency, str]] = Field("Currency")

    event_id: str = Field("str", required=True, max_length=256)
    """A unique id string that identifies this event. If you are already sending us events through Conversions API, then
    this id should match the event_id sent through Conversions API.
    """

    event_name: str = Field("str", required=True, enum=("add_to_cart", "checkout", "lead", "signup"))
    """Type of user event."""

    event_timestamp: int = Field("int", required=True)
    """The time when the event occurred. Unix timestamp in seconds."""

    total_event_touchpoints: Optional[int] = Field("int", minimum=1)
    """Total number of ad events including other non-Pinterest ad platforms."""

    total_events: Optional[int] = Field("int", minimum=1)
    """Total number of conversion events that are reported in one API call.

    If you are sending one API request for one attributed conversion event then this value should be 1.

    If you are sending multiple attributed conversion events in one API request then this value should be the total
    number of attributed conversion events in the request.
    """

    value: Optional[float] = Field("float")
    """Order value of the conversion event. Required if `event_name` is 'add_to_cart' or 'checkout'."""

    _positional = ("ad_group_id", "attribution_scope", "event_id", "event_name", "event_timestamp")
    _additional = None

    if TYPE_CHECKING:

        def __init__(
            self,
            ad_group_id: str,
            attribution_scope: str,
            event_id: str,
            event_name: str,
            event_timestamp: int,
            *,
            action_timestamps: Optional[List[int]] = ...,
            attribution_model: Optional[str] = ...,
            attribution_score: Optional[float] = ...,
            campaign_id: Optional[str] = ...,
            currency: Optional[Union[Currency, CurrencyValue]] = ...,
            total_event_touchpoints: Optional[int] = ...,
            total_events: Optional[int] = ...,
            value: Optional[float] = ...,
        ) -> None: ...


__all__ = ["ConversionMSOTEvents"]
