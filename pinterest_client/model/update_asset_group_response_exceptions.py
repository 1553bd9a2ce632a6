# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``UpdateAssetGroupResponseExceptions`` is the original client's name (releases 0.1.9-0.1.12) for
:class:`UpdateAssetGroupResponseExceptionsItem`, the same class under its current name.
"""

from pinterest_client.model.update_asset_group_response_exceptions_item import UpdateAssetGroupResponseExceptionsItem

UpdateAssetGroupResponseExceptions = UpdateAssetGroupResponseExceptionsItem

__all__ = ["UpdateAssetGroupResponseExceptions"]
