# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional

    from pinterest_client.model.base_invite_data_response_invite_data import BaseInviteDataResponseInviteData
    from pinterest_client.model.business_access_user_summary import BusinessAccessUserSummary


class BaseInviteDataResponse(Model):
    """BaseInviteDataResponse (component schema `BaseInviteDataResponse`)."""

    id: Optional[str]
    """Unique identifier of the invite/request."""

    invite_data: Optional[BaseInviteDataResponseInviteData]
    """Metadata for the invite/request."""

    is_received_invite: Optional[bool]
    """Indicates whether the invite/request was received."""

    user: Optional[BusinessAccessUserSummary]
    """Metadata for the member/partner that was sent the invite/request."""

    _spec = (
        ('id', 'str', '', {'pattern': '^\\d+$'}),
        ('invite_data', 'BaseInviteDataResponseInviteData'),
        ('is_received_invite', 'bool'),
        ('user', 'BusinessAccessUserSummary'),
    )
