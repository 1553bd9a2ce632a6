# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.asset_group_types import AssetGroupTypes


class CreateAssetGroupBody(Model):
    """CreateAssetGroupBody (component schema `CreateAssetGroupBody`)."""

    asset_group_description: str
    """Asset group description"""

    asset_group_name: str
    """Asset Group name"""

    asset_group_types: AssetGroupTypes
    """Asset Group Types. Note: The asset group types are used for user reference and categorization purposes only and do not impact the functionality of the asset group."""

    _fields = (
        Field('asset_group_description', 'str', required=True),
        Field('asset_group_name', 'str', required=True),
        Field('asset_group_types', 'AssetGroupTypes', required=True),
    )
