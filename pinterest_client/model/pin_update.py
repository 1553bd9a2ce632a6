# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.carousel_slot import CarouselSlot


class PinUpdate(Model):
    """Resource create or update operation model."""

    alt_text: Optional[str] = Field("str", nullable=True, max_length=500)

    board_id: Optional[str] = Field("str", pattern="^\\d+$")
    """The board to which this Pin belongs."""

    board_section_id: Optional[str] = Field("str", nullable=True, pattern="^\\d+$")
    """The board section to which this Pin belongs."""

    carousel_slots: Optional[List[CarouselSlot]] = Field("list[CarouselSlot]")
    """Carousel Pin slots data."""

    description: Optional[str] = Field("str", nullable=True, max_length=800)

    link: Optional[str] = Field("str", nullable=True, max_length=2048)

    title: Optional[str] = Field("str", nullable=True, max_length=100)

    note: Optional[str] = Field("str", nullable=True)
    """Deprecated: Pinterest dropped this property after spec 5.14.0. Private note for this Pin. [Learn
    more](https://help.pinterest.com/en/article/add-notes-to-your-pins).
    """

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            alt_text: Optional[str] = ...,
            board_id: Optional[str] = ...,
            board_section_id: Optional[str] = ...,
            carousel_slots: Optional[List[CarouselSlot]] = ...,
            description: Optional[str] = ...,
            link: Optional[str] = ...,
            title: Optional[str] = ...,
            note: Optional[str] = ...,
        ) -> None: ...


__all__ = ["PinUpdate"]
