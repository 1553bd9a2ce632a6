# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    import datetime
    from typing import Any, Dict, Optional, Union

    from pinterest_client.model.board_owner import BoardOwner
    from pinterest_client.model.creative_type import CreativeType
    from pinterest_client.model.pin_media import PinMedia


class Pin(Model):
    """Pin model containing properties related to a Pinterest Pin."""

    alt_text: Optional[str]

    board_id: Optional[str]
    """The board to which this Pin belongs."""

    board_owner: Optional[BoardOwner]

    board_section_id: Optional[str]
    """The board section to which this Pin belongs."""

    created_at: Optional[datetime.datetime]

    creative_type: Optional[Union[CreativeType, str]]

    description: Optional[str]

    dominant_color: Optional[str]
    """Dominant pin color. Hex number, e.g. `#6E7874`."""

    has_been_promoted: Optional[bool]
    """Whether the Pin has been promoted or not."""

    id: str

    is_owner: Optional[bool]
    """Whether the "operation user_account" is the Pin owner."""

    is_standard: Optional[bool]
    """Whether the Pin is standard or not. See documentation on [Changes to Pin creation](/docs/api-features/content-overview/) for more information."""

    link: Optional[str]

    media: Optional[PinMedia]

    parent_pin_id: Optional[str]
    """The source pin id if this pin was saved from another pin. [Learn more](https://help.pinterest.com/article/save-pins-on-pinterest)."""

    pin_metrics: Optional[Dict[str, Any]]
    """Pin metrics with associated time intervals if any."""

    title: Optional[str]

    _spec = (
        ('alt_text', 'str', 'nullable', {'max_length': 500}),
        ('board_id', 'str', '', {'pattern': '^\\d+$'}),
        ('board_owner', 'BoardOwner', 'read_only'),
        ('board_section_id', 'str', 'nullable', {'pattern': '^\\d+$'}),
        ('created_at', 'datetime', 'read_only'),
        ('creative_type', 'CreativeType', 'nullable read_only'),
        ('description', 'str', 'nullable', {'max_length': 800}),
        ('dominant_color', 'str', 'nullable'),
        ('has_been_promoted', 'bool', 'read_only'),
        ('id', 'str', 'required', {'pattern': '^\\d+$'}),
        ('is_owner', 'bool', 'read_only'),
        ('is_standard', 'bool', 'read_only'),
        ('link', 'str', 'nullable', {'max_length': 2048}),
        ('media', 'PinMedia', 'read_only'),
        ('parent_pin_id', 'str', 'nullable', {'pattern': '^\\d+$'}),
        ('pin_metrics', 'dict[any]', 'nullable read_only'),
        ('title', 'str', 'nullable', {'max_length': 100}),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            alt_text: Optional[str] = ...,
            board_id: Optional[str] = ...,
            board_owner: Optional[BoardOwner] = ...,
            board_section_id: Optional[str] = ...,
            created_at: Optional[datetime.datetime] = ...,
            creative_type: Optional[Union[CreativeType, str]] = ...,
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
        ) -> None: ...


__all__ = ["Pin"]
