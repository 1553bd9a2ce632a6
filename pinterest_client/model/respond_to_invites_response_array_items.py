# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``RespondToInvitesResponseArrayItems`` is the original client's name (releases 0.1.9-0.1.12) for
:class:`RespondToInvitesResponseArrayItemsItem`, the same class under its current name.
"""

from pinterest_client.model.respond_to_invites_response_array_items_item import RespondToInvitesResponseArrayItemsItem

RespondToInvitesResponseArrayItems = RespondToInvitesResponseArrayItemsItem

__all__ = ["RespondToInvitesResponseArrayItems"]
