# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``DeleteAssetGroupResponseExceptions`` is the original client's name (releases 0.1.9-0.1.12) for
:class:`DeleteAssetGroupResponseExceptionsItem`, the same class under its current name.
"""

from pinterest_client.model.delete_asset_group_response_exceptions_item import DeleteAssetGroupResponseExceptionsItem

DeleteAssetGroupResponseExceptions = DeleteAssetGroupResponseExceptionsItem

__all__ = ["DeleteAssetGroupResponseExceptions"]
