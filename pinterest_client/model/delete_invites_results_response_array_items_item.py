# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional

    from pinterest_client.model.base_invite_data_response import BaseInviteDataResponse
    from pinterest_client.model.delete_invites_results_response_array_items_item_exception import (
        DeleteInvitesResultsResponseArrayItemsItemException,
    )


class DeleteInvitesResultsResponseArrayItemsItem(Model):
    """DeleteInvitesResultsResponseArrayItemsItem (inline schema)."""

    exception: Optional[DeleteInvitesResultsResponseArrayItemsItemException]
    """An exception object if there is an error performing the cancellation. It will only be provided if there is an error."""

    invite: Optional[BaseInviteDataResponse]

    _spec = (
        ('exception', 'DeleteInvitesResultsResponseArrayItemsItemException', 'nullable'),
        ('invite', 'BaseInviteDataResponse', 'nullable'),
    )
