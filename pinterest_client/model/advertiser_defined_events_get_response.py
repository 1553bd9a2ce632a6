# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.advertiser_defined_events_get_response_items_item import (
        AdvertiserDefinedEventsGetResponseItemsItem,
    )


class AdvertiserDefinedEventsGetResponse(Model):
    """AdvertiserDefinedEventsResponse"""

    items: Optional[List[AdvertiserDefinedEventsGetResponseItemsItem]]

    _spec = (
        ('items', 'list[AdvertiserDefinedEventsGetResponseItemsItem]'),
    )
