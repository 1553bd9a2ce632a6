# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional


class AdvertiserDefinedEventsGetResponse(Model):
    """AdvertiserDefinedEventsResponse"""

    items: Optional[List[AdvertiserDefinedEventsGetResponseItemsItem]] = Field(
        "list[AdvertiserDefinedEventsGetResponseItemsItem]"
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            items: Optional[List[AdvertiserDefinedEventsGetResponseItemsItem]] = ...,
        ) -> None: ...


class AdvertiserDefinedEventsGetResponseItemsItem(Model):
    """AdvertiserDefinedEvent"""

    name: Optional[str] = Field("str")
    """raw string name of the event, usually logged as raw_event_name in our dataset"""

    mapped_conversion_type: Optional[str] = Field("str", nullable=True)
    """standard type mapped to ADE for optimization"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            name: Optional[str] = ...,
            mapped_conversion_type: Optional[str] = ...,
        ) -> None: ...


__all__ = ["AdvertiserDefinedEventsGetResponse", "AdvertiserDefinedEventsGetResponseItemsItem"]
