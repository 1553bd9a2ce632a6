# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Optional

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.board_media import BoardMedia
    from pinterest_client.model.board_owner import BoardOwner


class BoardBase(Model):
    """BoardBase (component schema `BoardBase`)."""

    board_pins_modified_at: Optional[datetime.datetime]
    """Date and time of last board pins modified."""

    collaborator_count: Optional[int]
    """Count of collaborators on the board."""

    created_at: Optional[datetime.datetime]
    """Date and time of board creation."""

    description: Optional[str]

    follower_count: Optional[int]
    """Board follower count."""

    id: str

    is_ads_only: Optional[bool]
    """If set to `true`, the board will be ad-only and can store ad-only Pins."""

    media: Optional[BoardMedia]
    """Board media."""

    name: str
    """Name of the board.

        **Note:** If you create an ad-only board by setting `is_ads_only`
        to `true`, the board name automatically becomes "Ad-only Pins".
    """

    owner: Optional[BoardOwner]

    pin_count: Optional[int]
    """Count of Pins on the board."""

    _fields = (
        Field('board_pins_modified_at', 'datetime', read_only=True),
        Field('collaborator_count', 'int', read_only=True, minimum=0),
        Field('created_at', 'datetime', read_only=True),
        Field('description', 'str', nullable=True),
        Field('follower_count', 'int', read_only=True, minimum=0),
        Field('id', 'str', required=True, read_only=True, pattern='^\\d+$'),
        Field('is_ads_only', 'bool'),
        Field('media', 'BoardMedia', read_only=True),
        Field('name', 'str', required=True),
        Field('owner', 'BoardOwner', read_only=True),
        Field('pin_count', 'int', read_only=True, minimum=0),
    )
