# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.invite_business_role_binding import InviteBusinessRoleBinding
    from pinterest_client.model.invite_exception_response import InviteExceptionResponse


class UpdateInvitesResultsResponseArray(Model):
    """UpdateInvitesResultsResponseArray (component schema `UpdateInvitesResultsResponseArray`)."""

    items: Optional[List[UpdateInvitesResultsResponseArrayItemsItem]] = Field(
        "list[UpdateInvitesResultsResponseArrayItemsItem]"
    )
    """List of invite/Request action status. If there is an error, an exception object will be returned. If the action
    was successfully completed, an invite object will be returned.
    """

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            items: Optional[List[UpdateInvitesResultsResponseArrayItemsItem]] = ...,
        ) -> None: ...


class UpdateInvitesResultsResponseArrayItemsItem(Model):
    """UpdateInvitesResultsResponseArrayItemsItem (inline schema)."""

    exception: Optional[InviteExceptionResponse] = Field("InviteExceptionResponse", nullable=True)
    """An exception object if there is an error performing the action. Will only be provided if there is an error."""

    invite: Optional[InviteBusinessRoleBinding] = Field("InviteBusinessRoleBinding", nullable=True)
    """An invite object if the invite/request was successfully updated. Will only be provided if the an invite/request
    is successfully updated.
    """

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            exception: Optional[InviteExceptionResponse] = ...,
            invite: Optional[InviteBusinessRoleBinding] = ...,
        ) -> None: ...


__all__ = ["UpdateInvitesResultsResponseArray", "UpdateInvitesResultsResponseArrayItemsItem"]
