# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.delete_invites_results_response_array_items_item import (
        DeleteInvitesResultsResponseArrayItemsItem,
    )


class DeleteInvitesResultsResponseArray(Model):
    """Response to delete invites sent to Members or Partners, if there is an exception, return the exception mapped with the invite id"""

    items: Optional[List[DeleteInvitesResultsResponseArrayItemsItem]]
    """List of invite/Request deletion status. If there is an error, an exception object will be returned. If the invite/request was successfully cancelled, an invite object will be returned for the invite that was cancelled."""

    _spec = (
        ('items', 'list[DeleteInvitesResultsResponseArrayItemsItem]'),
    )
