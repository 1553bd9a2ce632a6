# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model


class AssetIdToPermissions(Model):
    """An object mapping asset ids to lists of business permissions. This can be used to setting/requesting permissions
    on various assets. If accepting an invite or request, this object would be used to grant asset permissions to the
    member or partner.
    """

    _additional = "list[Permissions]"
    _checks = {"min_properties": 1}


__all__ = ["AssetIdToPermissions"]
