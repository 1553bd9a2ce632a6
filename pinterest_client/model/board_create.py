# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Optional, Union

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.board_privacy import BoardPrivacy


class BoardCreate(Model):
    """Resource create operation model."""

    description: Optional[str]

    is_ads_only: Optional[bool]
    """If set to `true`, the board will be ad-only and can store ad-only Pins."""

    name: str
    """Name of the board.

        **Note:** If you create an ad-only board by setting `is_ads_only`
        to `true`, the board name automatically becomes "Ad-only Pins".
    """

    privacy: Optional[Union[BoardPrivacy, str]]
    """Privacy setting for a board. Learn more about [secret](https://help.pinterest.com/en/article/secret-boards)
        boards and [protected](https://help.pinterest.com/en/business/article/protected-boards) boards.

        **Note:** If you create an ad-only board by setting `is_ads_only`
        to `true`, the `privacy` settng automatically becomes `PROTECTED`.
    """

    _fields = (
        Field('description', 'str', nullable=True),
        Field('is_ads_only', 'bool'),
        Field('name', 'str', required=True),
        Field('privacy', 'BoardPrivacy'),
    )
