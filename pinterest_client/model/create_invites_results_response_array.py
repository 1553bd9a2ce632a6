# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.create_invites_results_response_array_items_item import (
        CreateInvitesResultsResponseArrayItemsItem,
    )


class CreateInvitesResultsResponseArray(Model):
    """CreateInvitesResultsResponseArray (component schema `CreateInvitesResultsResponseArray`)."""

    items: Optional[List[CreateInvitesResultsResponseArrayItemsItem]]
    """List of invite/request creation status. If there is an error, an exception object will be returned. If the action was successfully completed, an invite object will be returned."""

    _spec = (
        ('items', 'list[CreateInvitesResultsResponseArrayItemsItem]'),
    )
