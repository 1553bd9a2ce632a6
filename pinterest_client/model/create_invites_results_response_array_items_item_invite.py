# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional

    from pinterest_client.model.business_access_user_summary import BusinessAccessUserSummary


class CreateInvitesResultsResponseArrayItemsItemInvite(Model):
    """An invite object if the invite/request was successfully created. Will only be provided if the an invite/request is successfully created."""

    id: Optional[str]
    """Unique identifier of the invite/request."""

    user: Optional[BusinessAccessUserSummary]
    """Metadata for the member/partner that was sent the invite/request."""

    _spec = (
        ('id', 'str', '', {'pattern': '^\\d+$'}),
        ('user', 'BusinessAccessUserSummary'),
    )
