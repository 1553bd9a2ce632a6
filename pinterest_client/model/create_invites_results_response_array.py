# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.business_access_user_summary import BusinessAccessUserSummary
    from pinterest_client.model.invite_exception_response import InviteExceptionResponse


class CreateInvitesResultsResponseArray(Model):
    """CreateInvitesResultsResponseArray (component schema `CreateInvitesResultsResponseArray`)."""

    items: Optional[List[CreateInvitesResultsResponseArrayItemsItem]] = Field(
        "list[CreateInvitesResultsResponseArrayItemsItem]"
    )
    """List of invite/request creation status. If there is an error, an exception object will be returned. If the action
    was successfully completed, an invite object will be returned.
    """

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            items: Optional[List[CreateInvitesResultsResponseArrayItemsItem]] = ...,
        ) -> None: ...


class CreateInvitesResultsResponseArrayItemsItem(Model):
    """CreateInvitesResultsResponseArrayItemsItem (inline schema)."""

    exception: Optional[InviteExceptionResponse] = Field("InviteExceptionResponse", nullable=True)
    """An exception object if there is an error performing the action. Will only be provided if there is an error."""

    invite: Optional[CreateInvitesResultsResponseArrayItemsItemInvite] = Field(
        "CreateInvitesResultsResponseArrayItemsItemInvite", nullable=True
    )
    """An invite object if the invite/request was successfully created. Will only be provided if the an invite/request
    is successfully created.
    """

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            exception: Optional[InviteExceptionResponse] = ...,
            invite: Optional[CreateInvitesResultsResponseArrayItemsItemInvite] = ...,
        ) -> None: ...


class CreateInvitesResultsResponseArrayItemsItemInvite(Model):
    """An invite object if the invite/request was successfully created. Will only be provided if the an invite/request
    is successfully created.
    """

    id: Optional[str] = Field("str", pattern="^\\d+$")
    """Unique identifier of the invite/request."""

    user: Optional[BusinessAccessUserSummary] = Field("BusinessAccessUserSummary")
    """Metadata for the member/partner that was sent the invite/request."""
    _nullable = True

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: Optional[str] = ...,
            user: Optional[BusinessAccessUserSummary] = ...,
        ) -> None: ...


__all__ = [
    "CreateInvitesResultsResponseArray",
    "CreateInvitesResultsResponseArrayItemsItem",
    "CreateInvitesResultsResponseArrayItemsItemInvite",
]
