# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional


class AdvertiserDefinedEventsGetResponseItemsItem(Model):
    """AdvertiserDefinedEvent"""

    name: Optional[str]
    """raw string name of the event, usually logged as raw_event_name in our dataset"""

    mapped_conversion_type: Optional[str]
    """standard type mapped to ADE for optimization"""

    _spec = (
        ('name', 'str'),
        ('mapped_conversion_type', 'str', 'nullable'),
    )
