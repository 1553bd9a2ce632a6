# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    import datetime
    from typing import Optional

    from pinterest_client.model.board_owner import BoardOwner
    from pinterest_client.model.pin_media import PinMedia
    from pinterest_client.model.pin_media_source import PinMediaSource


class PinCreate(Model):
    """Resource create operation model."""

    alt_text: Optional[str] = Field("str", nullable=True, max_length=500)

    board_id: Optional[str] = Field("str", pattern="^\\d+$")
    """The board to which this Pin belongs."""

    board_section_id: Optional[str] = Field("str", nullable=True, pattern="^\\d+$")
    """The board section to which this Pin belongs."""

    description: Optional[str] = Field("str", nullable=True, max_length=800)

    dominant_color: Optional[str] = Field("str", nullable=True)
    """Dominant pin color. Hex number, e.g. `#6E7874`."""

    link: Optional[str] = Field("str", nullable=True, max_length=2048)

    media_source: Optional[PinMediaSource] = Field("PinMediaSource")
    """Pin media source that can be an image, video, or a mix of both passed in as a request."""

    parent_pin_id: Optional[str] = Field("str", nullable=True, pattern="^\\d+$")
    """The source pin id if this pin was saved from another pin. [Learn
    more](https://help.pinterest.com/article/save-pins-on-pinterest).
    """

    sponsor_id: Optional[str] = Field("str", nullable=True, pattern="^\\d+$")
    """The sponsor account id to request paid partnership from.  Currently the field is only available to a list of
    users in a closed beta.
    """

    title: Optional[str] = Field("str", nullable=True, max_length=100)

    id: Optional[str] = Field("str", read_only=True, pattern="^\\d+$")
    """Deprecated: Pinterest dropped this property after spec 5.14.0."""

    created_at: Optional[datetime.datetime] = Field("datetime", read_only=True)
    """Deprecated: Pinterest dropped this property after spec 5.14.0."""

    board_owner: Optional[BoardOwner] = Field("BoardOwner", read_only=True)
    """Deprecated: Pinterest dropped this property after spec 5.14.0."""

    media: Optional[PinMedia] = Field("PinMedia", read_only=True)
    """Deprecated: Pinterest dropped this property after spec 5.14.0."""

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
            description: Optional[str] = ...,
            dominant_color: Optional[str] = ...,
            link: Optional[str] = ...,
            media_source: Optional[PinMediaSource] = ...,
            parent_pin_id: Optional[str] = ...,
            sponsor_id: Optional[str] = ...,
            title: Optional[str] = ...,
            id: Optional[str] = ...,
            created_at: Optional[datetime.datetime] = ...,
            board_owner: Optional[BoardOwner] = ...,
            media: Optional[PinMedia] = ...,
            note: Optional[str] = ...,
        ) -> None: ...


__all__ = ["PinCreate"]
