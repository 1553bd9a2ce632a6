# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional


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
