# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``UpdateMemberAssetsResultsResponseArrayItems`` is the original client's name (releases 0.1.9-0.1.12) for
:class:`UpdateMemberAssetsResultsResponseArrayItemsItem`, the same class under its current name.
"""

from pinterest_client.model.update_member_assets_results_response_array_items_item import (
    UpdateMemberAssetsResultsResponseArrayItemsItem,
)

UpdateMemberAssetsResultsResponseArrayItems = UpdateMemberAssetsResultsResponseArrayItemsItem

__all__ = ["UpdateMemberAssetsResultsResponseArrayItems"]
