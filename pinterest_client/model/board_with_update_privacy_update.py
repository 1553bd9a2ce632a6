# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional, Union

    from pinterest_client.model.board_update_privacy import BoardUpdatePrivacy, BoardUpdatePrivacyValue


class BoardWithUpdatePrivacyUpdate(Model):
    """Resource create or update operation model."""

    description: Optional[str] = Field("str", nullable=True)

    name: Optional[str] = Field("str")
    """Name of the board.

        **Note:** If you create an ad-only board by setting `is_ads_only`
        to `true`, the board name automatically becomes "Ad-only Pins".
    """

    privacy: Optional[Union[BoardUpdatePrivacy, str]] = Field("BoardUpdatePrivacy")

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            description: Optional[str] = ...,
            name: Optional[str] = ...,
            privacy: Optional[Union[BoardUpdatePrivacy, BoardUpdatePrivacyValue]] = ...,
        ) -> None: ...


__all__ = ["BoardWithUpdatePrivacyUpdate"]
