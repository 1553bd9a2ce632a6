# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import Optional

from pinterest_client.model_utils import Field, Model


class UpdateAssetGroupResponseExceptionsItem(Model):
    """UpdateAssetGroupResponseExceptionsItem (inline schema)."""

    asset_group_id: Optional[str]
    """Asset group id of the exception."""

    code: Optional[int]
    """Error code associated with the error editing asset group."""

    message: Optional[str]
    """Error message associated with the error editing asset group."""

    _fields = (
        Field('asset_group_id', 'str'),
        Field('code', 'int'),
        Field('message', 'str'),
    )
