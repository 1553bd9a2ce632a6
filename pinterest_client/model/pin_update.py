# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, List, Optional

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.carousel_slot import CarouselSlot


class PinUpdate(Model):
    """Resource create or update operation model."""

    alt_text: Optional[str]

    board_id: Optional[str]
    """The board to which this Pin belongs."""

    board_section_id: Optional[str]
    """The board section to which this Pin belongs."""

    carousel_slots: Optional[List[CarouselSlot]]
    """Carousel Pin slots data."""

    description: Optional[str]

    link: Optional[str]

    title: Optional[str]

    _fields = (
        Field('alt_text', 'str', nullable=True, max_length=500),
        Field('board_id', 'str', pattern='^\\d+$'),
        Field('board_section_id', 'str', nullable=True, pattern='^\\d+$'),
        Field('carousel_slots', 'list[CarouselSlot]'),
        Field('description', 'str', nullable=True, max_length=800),
        Field('link', 'str', nullable=True, max_length=2048),
        Field('title', 'str', nullable=True, max_length=100),
    )
