# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Union

    from pinterest_client.model.asset_group_type import AssetGroupType, AssetGroupTypeValue


class CreateAssetGroupBody(Model):
    """CreateAssetGroupBody (component schema `CreateAssetGroupBody`)."""

    asset_group_description: str = Field("str", required=True)
    """Asset group description"""

    asset_group_name: str = Field("str", required=True)
    """Asset Group name"""

    asset_group_types: List[Union[AssetGroupType, str]] = Field("AssetGroupTypes", required=True)
    """Asset Group Types. Note: The asset group types are used for user reference and categorization purposes only and
    do not impact the functionality of the asset group.
    """

    _positional = ("asset_group_name", "asset_group_description", "asset_group_types")

    if TYPE_CHECKING:

        def __init__(
            self,
            asset_group_name: str,
            asset_group_description: str,
            asset_group_types: List[Union[AssetGroupType, AssetGroupTypeValue]],
        ) -> None: ...


__all__ = ["CreateAssetGroupBody"]
