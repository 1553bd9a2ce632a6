# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.base_invite_data_response import BaseInviteDataResponse
    from pinterest_client.model.invite_exception_response import InviteExceptionResponse


class RespondToInvitesResponseArray(Model):
    """RespondToInvitesResponseArray (component schema `RespondToInvitesResponseArray`)."""

    items: Optional[List[RespondToInvitesResponseArrayItemsItem]] = Field(
        "list[RespondToInvitesResponseArrayItemsItem]"
    )
    """List of invite/request accept/decline status. If there is an error, an exception object will be returned. If the
    invite/request was successfully accepted/declined, an invite object will be returned.
    """

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            items: Optional[List[RespondToInvitesResponseArrayItemsItem]] = ...,
        ) -> None: ...


class RespondToInvitesResponseArrayItemsItem(Model):
    """RespondToInvitesResponseArrayItemsItem (inline schema)."""

    exception: Optional[InviteExceptionResponse] = Field("InviteExceptionResponse", nullable=True)
    """An exception object if there is an error performing the action. Will only be provided if there is an error."""

    invite: Optional[BaseInviteDataResponse] = Field("BaseInviteDataResponse", nullable=True)
    """An invite object for the invite/request that was successfully accepted/declined. Will only be provided if the an
    invite/request is successfully created.
    """

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            exception: Optional[InviteExceptionResponse] = ...,
            invite: Optional[BaseInviteDataResponse] = ...,
        ) -> None: ...


__all__ = ["RespondToInvitesResponseArray", "RespondToInvitesResponseArrayItemsItem"]
