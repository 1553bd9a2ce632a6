# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    import datetime
    from typing import Optional, Union

    from pinterest_client.model.board_media import BoardMedia
    from pinterest_client.model.board_owner import BoardOwner
    from pinterest_client.model.board_privacy import BoardPrivacy, BoardPrivacyValue


class Board(Model):
    """Board model containing properties related to a Pinterest Board."""

    board_pins_modified_at: Optional[datetime.datetime] = Field("datetime", read_only=True)
    """Date and time of last board pins modified."""

    collaborator_count: Optional[int] = Field("int", read_only=True, minimum=0)
    """Count of collaborators on the board."""

    created_at: Optional[datetime.datetime] = Field("datetime", read_only=True)
    """Date and time of board creation."""

    description: Optional[str] = Field("str", nullable=True)

    follower_count: Optional[int] = Field("int", read_only=True, minimum=0)
    """Board follower count."""

    id: str = Field("str", required=True, read_only=True, pattern="^\\d+$")

    is_ads_only: Optional[bool] = Field("bool")
    """If set to `true`, the board will be ad-only and can store ad-only Pins."""

    media: Optional[BoardMedia] = Field("BoardMedia", read_only=True)
    """Board media."""

    name: str = Field("str", required=True)
    """Name of the board.

        **Note:** If you create an ad-only board by setting `is_ads_only`
        to `true`, the board name automatically becomes "Ad-only Pins".
    """

    owner: Optional[BoardOwner] = Field("BoardOwner", read_only=True)

    pin_count: Optional[int] = Field("int", read_only=True, minimum=0)
    """Count of Pins on the board."""

    privacy: Optional[Union[BoardPrivacy, str]] = Field("BoardPrivacy")
    """Privacy setting for a board. Learn more about [secret](https://help.pinterest.com/en/article/secret-boards)
        boards and [protected](https://help.pinterest.com/en/business/article/protected-boards) boards.

        **Note:** If you create an ad-only board by setting `is_ads_only`
        to `true`, the `privacy` settng automatically becomes `PROTECTED`.
    """

    _positional = ("name",)

    if TYPE_CHECKING:

        def __init__(
            self,
            name: str,
            *,
            board_pins_modified_at: Optional[datetime.datetime] = ...,
            collaborator_count: Optional[int] = ...,
            created_at: Optional[datetime.datetime] = ...,
            description: Optional[str] = ...,
            follower_count: Optional[int] = ...,
            id: Optional[str] = ...,
            is_ads_only: Optional[bool] = ...,
            media: Optional[BoardMedia] = ...,
            owner: Optional[BoardOwner] = ...,
            pin_count: Optional[int] = ...,
            privacy: Optional[Union[BoardPrivacy, BoardPrivacyValue]] = ...,
        ) -> None: ...


__all__ = ["Board"]
