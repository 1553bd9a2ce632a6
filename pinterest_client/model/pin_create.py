# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.pin_media_source import PinMediaSource


class PinCreate(Model):
    """Resource create operation model."""

    alt_text: Optional[str]

    board_id: Optional[str]
    """The board to which this Pin belongs."""

    board_section_id: Optional[str]
    """The board section to which this Pin belongs."""

    description: Optional[str]

    dominant_color: Optional[str]
    """Dominant pin color. Hex number, e.g. `#6E7874`."""

    link: Optional[str]

    media_source: Optional[PinMediaSource]
    """Pin media source that can be an image, video, or a mix of both passed in as a request."""

    parent_pin_id: Optional[str]
    """The source pin id if this pin was saved from another pin. [Learn more](https://help.pinterest.com/article/save-pins-on-pinterest)."""

    sponsor_id: Optional[str]
    """The sponsor account id to request paid partnership from.  Currently the field is only available to a list of users in a closed beta."""

    title: Optional[str]

    _fields = (
        Field('alt_text', 'str', nullable=True, max_length=500),
        Field('board_id', 'str', pattern='^\\d+$'),
        Field('board_section_id', 'str', nullable=True, pattern='^\\d+$'),
        Field('description', 'str', nullable=True, max_length=800),
        Field('dominant_color', 'str', nullable=True),
        Field('link', 'str', nullable=True, max_length=2048),
        Field('media_source', 'PinMediaSource'),
        Field('parent_pin_id', 'str', nullable=True, pattern='^\\d+$'),
        Field('sponsor_id', 'str', nullable=True, pattern='^\\d+$'),
        Field('title', 'str', nullable=True, max_length=100),
    )
