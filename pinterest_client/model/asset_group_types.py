# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import ModelList


class AssetGroupTypes(ModelList):
    """Asset Group Types. Note: The asset group types are used for user reference and categorization purposes only and
    do not impact the functionality of the asset group.
    """

    _item_type = "AssetGroupType"


__all__ = ["AssetGroupTypes"]
