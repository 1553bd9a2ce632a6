# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional

    from pinterest_client.model.create_invites_results_response_array_items_item_invite import (
        CreateInvitesResultsResponseArrayItemsItemInvite,
    )
    from pinterest_client.model.invite_exception_response import InviteExceptionResponse


class CreateInvitesResultsResponseArrayItemsItem(Model):
    """CreateInvitesResultsResponseArrayItemsItem (inline schema)."""

    exception: Optional[InviteExceptionResponse]
    """An exception object if there is an error performing the action. Will only be provided if there is an error."""

    invite: Optional[CreateInvitesResultsResponseArrayItemsItemInvite]
    """An invite object if the invite/request was successfully created. Will only be provided if the an invite/request is successfully created."""

    _spec = (
        ('exception', 'InviteExceptionResponse', 'nullable'),
        ('invite', 'CreateInvitesResultsResponseArrayItemsItemInvite', 'nullable'),
    )
