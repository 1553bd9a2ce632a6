# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``InlineObject`` is the original client's name (releases 0.1.2-0.1.12) for
:class:`BusinessMembersAssetAccessDeleteRequest`, the same class under its current name.
"""

from pinterest_client.model.business_members_asset_access_delete_request import BusinessMembersAssetAccessDeleteRequest

InlineObject = BusinessMembersAssetAccessDeleteRequest

__all__ = ["InlineObject"]
