# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import Optional

from pinterest_client.model_utils import Field, Model


class DeleteMemberAccessResult(Model):
    """The terminated asset access."""

    asset_id: Optional[str]
    """Unique identifier of the business asset."""

    member_id: Optional[str]
    """Unique identifier of the business member."""

    _fields = (
        Field('asset_id', 'str', pattern='^\\d+$'),
        Field('member_id', 'str', pattern='^\\d+$'),
    )
