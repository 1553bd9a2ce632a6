# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import Optional

from pinterest_client.model_utils import Field, Model


class AdvertiserDefinedEventsGetResponseItemsItem(Model):
    """AdvertiserDefinedEvent"""

    name: Optional[str]
    """raw string name of the event, usually logged as raw_event_name in our dataset"""

    mapped_conversion_type: Optional[str]
    """standard type mapped to ADE for optimization"""

    _fields = (
        Field('name', 'str'),
        Field('mapped_conversion_type', 'str', nullable=True),
    )
