# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.base_invite_data_response import BaseInviteDataResponse


class DeleteInvitesResultsResponseArray(Model):
    """Response to delete invites sent to Members or Partners, if there is an exception, return the exception mapped with the invite id"""

    items: Optional[List[DeleteInvitesResultsResponseArrayItemsItem]]
    """List of invite/Request deletion status. If there is an error, an exception object will be returned. If the invite/request was successfully cancelled, an invite object will be returned for the invite that was cancelled."""

    _spec = (
        ('items', 'list[DeleteInvitesResultsResponseArrayItemsItem]'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            items: Optional[List[DeleteInvitesResultsResponseArrayItemsItem]] = ...,
        ) -> None: ...


class DeleteInvitesResultsResponseArrayItemsItem(Model):
    """DeleteInvitesResultsResponseArrayItemsItem (inline schema)."""

    exception: Optional[DeleteInvitesResultsResponseArrayItemsItemException]
    """An exception object if there is an error performing the cancellation. It will only be provided if there is an error."""

    invite: Optional[BaseInviteDataResponse]

    _spec = (
        ('exception', 'DeleteInvitesResultsResponseArrayItemsItemException', 'nullable'),
        ('invite', 'BaseInviteDataResponse', 'nullable'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            exception: Optional[DeleteInvitesResultsResponseArrayItemsItemException] = ...,
            invite: Optional[BaseInviteDataResponse] = ...,
        ) -> None: ...


class DeleteInvitesResultsResponseArrayItemsItemException(Model):
    """An exception object if there is an error performing the cancellation. It will only be provided if there is an error."""

    invite_id: Optional[str]
    """Unique identifier of an invite."""

    message: Optional[str]
    """Error message associated with the error in performing the action on the invite/request."""

    _spec = (
        ('invite_id', 'str', '', {'pattern': '^\\d+$'}),
        ('message', 'str'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            invite_id: Optional[str] = ...,
            message: Optional[str] = ...,
        ) -> None: ...


__all__ = ["DeleteInvitesResultsResponseArray", "DeleteInvitesResultsResponseArrayItemsItem", "DeleteInvitesResultsResponseArrayItemsItemException"]
