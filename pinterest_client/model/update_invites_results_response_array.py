# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.invite_business_role_binding import InviteBusinessRoleBinding
    from pinterest_client.model.invite_exception_response import InviteExceptionResponse


class UpdateInvitesResultsResponseArray(Model):
    """UpdateInvitesResultsResponseArray (component schema `UpdateInvitesResultsResponseArray`)."""

    items: Optional[List[UpdateInvitesResultsResponseArrayItemsItem]]
    """List of invite/Request action status. If there is an error, an exception object will be returned. If the action was successfully completed, an invite object will be returned."""

    _spec = (
        ('items', 'list[UpdateInvitesResultsResponseArrayItemsItem]'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            items: Optional[List[UpdateInvitesResultsResponseArrayItemsItem]] = ...,
        ) -> None: ...


class UpdateInvitesResultsResponseArrayItemsItem(Model):
    """UpdateInvitesResultsResponseArrayItemsItem (inline schema)."""

    exception: Optional[InviteExceptionResponse]
    """An exception object if there is an error performing the action. Will only be provided if there is an error."""

    invite: Optional[InviteBusinessRoleBinding]
    """An invite object if the invite/request was successfully updated. Will only be provided if the an invite/request is successfully updated."""

    _spec = (
        ('exception', 'InviteExceptionResponse', 'nullable'),
        ('invite', 'InviteBusinessRoleBinding', 'nullable'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            exception: Optional[InviteExceptionResponse] = ...,
            invite: Optional[InviteBusinessRoleBinding] = ...,
        ) -> None: ...


__all__ = ["UpdateInvitesResultsResponseArray", "UpdateInvitesResultsResponseArrayItemsItem"]
