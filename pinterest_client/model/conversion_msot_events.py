# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, List, Optional, Union

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.currency import Currency


class ConversionMSOTEvents(Model):
    """Object containing the MSOT conversion events."""

    action_timestamps: Optional[List[int]]
    """Timestamp(s) when the ad action(s) happened. Unix timestamp in seconds."""

    ad_group_id: str
    """The ID of the ad group that was attributed to the conversion event."""

    attribution_model: Optional[str]
    """The attribution model used to attribute the conversion event."""

    attribution_scope: str
    """Ad event type."""

    attribution_score: Optional[float]
    """Credit given to the attributed ad actions. Allowed values are > 0 and <= 1."""

    campaign_id: Optional[str]
    """The ID of the campaign that was attributed to the conversion event."""

    currency: Optional[Union[Currency, str]]

    event_id: str
    """A unique id string that identifies this event. If you are already sending us events through Conversions API, then this id should match the event_id sent through Conversions API."""

    event_name: str
    """Type of user event."""

    event_timestamp: int
    """The time when the event occurred. Unix timestamp in seconds."""

    total_event_touchpoints: Optional[int]
    """Total number of ad events including other non-Pinterest ad platforms."""

    total_events: Optional[int]
    """Total number of conversion events that are reported in one API call.
    <p>If you are sending one API request for one attributed conversion event then this value should be 1.</p>
    <p>If you are sending multiple attributed conversion events in one API request then this value should be the total number of attributed conversion events in the request.</p>
    """

    value: Optional[float]
    """Order value of the conversion event. Required if <code>event_name</code> is 'add_to_cart' or 'checkout'."""

    _fields = (
        Field('action_timestamps', 'list[int]'),
        Field('ad_group_id', 'str', required=True, pattern='^\\d+$'),
        Field('attribution_model', 'str', enum=('first_touch', 'last_touch', 'multi_touch')),
        Field('attribution_scope', 'str', required=True, enum=('view', 'engagement', 'click')),
        Field('attribution_score', 'float', exclusive_minimum=True, maximum=1, minimum=0),
        Field('campaign_id', 'str', pattern='^\\d+$'),
        Field('currency', 'Currency'),
        Field('event_id', 'str', required=True, max_length=256),
        Field('event_name', 'str', required=True, enum=('add_to_cart', 'checkout', 'lead', 'signup')),
        Field('event_timestamp', 'int', required=True),
        Field('total_event_touchpoints', 'int', minimum=1),
        Field('total_events', 'int', minimum=1),
        Field('value', 'float'),
    )
    _additional = None
