# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.respond_to_invites_response_array_items_item import (
        RespondToInvitesResponseArrayItemsItem,
    )


class RespondToInvitesResponseArray(Model):
    """RespondToInvitesResponseArray (component schema `RespondToInvitesResponseArray`)."""

    items: Optional[List[RespondToInvitesResponseArrayItemsItem]]
    """List of invite/request accept/decline status. If there is an error, an exception object will be returned. If the invite/request was successfully accepted/declined, an invite object will be returned."""

    _spec = (
        ('items', 'list[RespondToInvitesResponseArrayItemsItem]'),
    )
