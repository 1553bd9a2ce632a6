# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.update_invites_results_response_array_items_item import (
        UpdateInvitesResultsResponseArrayItemsItem,
    )


class UpdateInvitesResultsResponseArray(Model):
    """UpdateInvitesResultsResponseArray (component schema `UpdateInvitesResultsResponseArray`)."""

    items: Optional[List[UpdateInvitesResultsResponseArrayItemsItem]]
    """List of invite/Request action status. If there is an error, an exception object will be returned. If the action was successfully completed, an invite object will be returned."""

    _spec = (
        ('items', 'list[UpdateInvitesResultsResponseArrayItemsItem]'),
    )
