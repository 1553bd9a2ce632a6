# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``DeleteInvitesResultsResponseArrayItems`` is the original client's name (releases 0.1.9-0.1.12) for
:class:`DeleteInvitesResultsResponseArrayItemsItem`, the same class under its current name.
"""

from pinterest_client.model.delete_invites_results_response_array_items_item import (
    DeleteInvitesResultsResponseArrayItemsItem,
)

DeleteInvitesResultsResponseArrayItems = DeleteInvitesResultsResponseArrayItemsItem

__all__ = ["DeleteInvitesResultsResponseArrayItems"]
