# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.base_invite_data_response import BaseInviteDataResponse


class DeleteInvitesResultsResponseArray(Model):
    """Response to delete invites sent to Members or Partners, if there is an exception, return the exception mapped
    with the invite id
    """

    items: Optional[List[DeleteInvitesResultsResponseArrayItemsItem]] = Field(
        "list[DeleteInvitesResultsResponseArrayItemsItem]"
    )
    """List of invite/Request deletion status. If there is an error, an exception object will be returned. If the
    invite/request was successfully cancelled, an invite object will be returned for the invite that was cancelled.
    """

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            items: Optional[List[DeleteInvitesResultsResponseArrayItemsItem]] = ...,
        ) -> None: ...


class DeleteInvitesResultsResponseArrayItemsItem(Model):
    """DeleteInvitesResultsResponseArrayItemsItem (inline schema)."""

    exception: Optional[DeleteInvitesResultsResponseArrayItemsItemException] = Field(
        "DeleteInvitesResultsResponseArrayItemsItemException", nullable=True
    )
    """An exception object if there is an error performing the cancellation. It will only be provided if there is an
    error.
    """

    invite: Optional[BaseInviteDataResponse] = Field("BaseInviteDataResponse", nullable=True)

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            exception: Optional[DeleteInvitesResultsResponseArrayItemsItemException] = ...,
            invite: Optional[BaseInviteDataResponse] = ...,
        ) -> None: ...


class DeleteInvitesResultsResponseArrayItemsItemException(Model):
    """An exception object if there is an error performing the cancellation. It will only be provided if there is an
    error.
    """

    invite_id: Optional[str] = Field("str", pattern="^\\d+$")
    """Unique identifier of an invite."""

    message: Optional[str] = Field("str")
    """Error message associated with the error in performing the action on the invite/request."""
    _nullable = True

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            invite_id: Optional[str] = ...,
            message: Optional[str] = ...,
        ) -> None: ...


__all__ = [
    "DeleteInvitesResultsResponseArray",
    "DeleteInvitesResultsResponseArrayItemsItem",
    "DeleteInvitesResultsResponseArrayItemsItemException",
]
