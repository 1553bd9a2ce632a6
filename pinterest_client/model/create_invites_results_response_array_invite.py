# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``CreateInvitesResultsResponseArrayInvite`` is the original client's name (releases 0.1.9-0.1.12) for
:class:`CreateInvitesResultsResponseArrayItemsItemInvite`, the same class under its current name.
"""

from pinterest_client.model.create_invites_results_response_array_items_item_invite import (
    CreateInvitesResultsResponseArrayItemsItemInvite,
)

CreateInvitesResultsResponseArrayInvite = CreateInvitesResultsResponseArrayItemsItemInvite

__all__ = ["CreateInvitesResultsResponseArrayInvite"]
