# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional


class UpdateAssetGroupResponseExceptionsItem(Model):
    """UpdateAssetGroupResponseExceptionsItem (inline schema)."""

    asset_group_id: Optional[str]
    """Asset group id of the exception."""

    code: Optional[int]
    """Error code associated with the error editing asset group."""

    message: Optional[str]
    """Error message associated with the error editing asset group."""

    _spec = (
        ('asset_group_id', 'str'),
        ('code', 'int'),
        ('message', 'str'),
    )
