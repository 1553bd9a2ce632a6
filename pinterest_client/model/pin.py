# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    import datetime
    from typing import Any, Dict, Optional, Union

    from pinterest_client.model.board_owner import BoardOwner
    from pinterest_client.model.creative_type import CreativeType, CreativeTypeValue
    from pinterest_client.model.pin_media import PinMedia
    from pinterest_client.model.pin_media_source import PinMediaSource


class Pin(Model):
    """Pin model containing properties related to a Pinterest Pin."""

    alt_text: Optional[str] = Field("str", nullable=True, max_length=500)

    board_id: Optional[str] = Field("str", pattern="^\\d+$")
    """The board to which this Pin belongs."""

    board_owner: Optional[BoardOwner] = Field("BoardOwner", read_only=True)

    board_section_id: Optional[str] = Field("str", nullable=True, pattern="^\\d+$")
    """The board section to which this Pin belongs."""

    created_at: Optional[datetime.datetime] = Field("datetime", read_only=True)

    creative_type: Optional[Union[CreativeType, str]] = Field("CreativeType", nullable=True, read_only=True)

    description: Optional[str] = Field("str", nullable=True, max_length=800)

    dominant_color: Optional[str] = Field("str", nullable=True)
    """Dominant pin color. Hex number, e.g. `#6E7874`."""

    has_been_promoted: Optional[bool] = Field("bool", read_only=True)
    """Whether the Pin has been promoted or not."""

    id: str = Field("str", required=True, pattern="^\\d+$")

    is_owner: Optional[bool] = Field("bool", read_only=True)
    """Whether the "operation user_account" is the Pin owner."""

    is_standard: Optional[bool] = Field("bool", read_only=True)
    """Whether the Pin is standard or not. See documentation on [Changes to Pin
    creation](https://developers.pinterest.com/docs/api-features/content-overview/) for more information.
    """

    link: Optional[str] = Field("str", nullable=True, max_length=2048)

    media: Optional[PinMedia] = Field("PinMedia", read_only=True)

    parent_pin_id: Optional[str] = Field("str", nullable=True, pattern="^\\d+$")
    """The source pin id if this pin was saved from another pin. [Learn
    more](https://help.pinterest.com/article/save-pins-on-pinterest).
    """

    pin_metrics: Optional[Dict[str, Any]] = Field("dict[any]", nullable=True, read_only=True)
    """Pin metrics with associated time intervals if any."""

    title: Optional[str] = Field("str", nullable=True, max_length=100)

    media_source: Optional[PinMediaSource] = Field("PinMediaSource")
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
            board_owner: Optional[BoardOwner] = ...,
            board_section_id: Optional[str] = ...,
            created_at: Optional[datetime.datetime] = ...,
            creative_type: Optional[Union[CreativeType, CreativeTypeValue]] = ...,
            description: Optional[str] = ...,
            dominant_color: Optional[str] = ...,
            has_been_promoted: Optional[bool] = ...,
            id: Optional[str] = ...,
            is_owner: Optional[bool] = ...,
            is_standard: Optional[bool] = ...,
            link: Optional[str] = ...,
            media: Optional[PinMedia] = ...,
            parent_pin_id: Optional[str] = ...,
            pin_metrics: Optional[Dict[str, Any]] = ...,
            title: Optional[str] = ...,
            media_source: Optional[PinMediaSource] = ...,
            note: Optional[str] = ...,
        ) -> None: ...


__all__ = ["Pin"]
