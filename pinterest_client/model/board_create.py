# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional, Union

    from pinterest_client.model.board_privacy import BoardPrivacy, BoardPrivacyValue


class BoardCreate(Model):
    """Resource create operation model."""

    description: Optional[str] = Field("str", nullable=True)

    is_ads_only: Optional[bool] = Field("bool")
    """If set to `true`, the board will be ad-only and can store ad-only Pins."""

    name: str = Field("str", required=True)
    """Name of the board.

        **Note:** If you create an ad-only board by setting `is_ads_only`
        to `true`, the board name automatically becomes "Ad-only Pins".
    """

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
            description: Optional[str] = ...,
            is_ads_only: Optional[bool] = ...,
            privacy: Optional[Union[BoardPrivacy, BoardPrivacyValue]] = ...,
        ) -> None: ...


__all__ = ["BoardCreate"]
