# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, List, Optional

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.base_invite_data_response_invite_data import BaseInviteDataResponseInviteData
    from pinterest_client.model.business_access_user_summary import BusinessAccessUserSummary
    from pinterest_client.model.invite_assets_summary import InviteAssetsSummary


class InviteResponse(Model):
    """InviteResponse (component schema `InviteResponse`)."""

    id: Optional[str]
    """Unique identifier of the invite/request."""

    invite_data: Optional[BaseInviteDataResponseInviteData]
    """Metadata for the invite/request."""

    is_received_invite: Optional[bool]
    """Indicates whether the invite/request was received."""

    user: Optional[BusinessAccessUserSummary]
    """Metadata for the member/partner that was sent the invite/request."""

    assets_summary: Optional[InviteAssetsSummary]
    """Ad accounts and profiles the member/partner will be granted access to with this invite/request."""

    business_roles: Optional[List[str]]
    """The access level a user would be granted on the business if the invite/request is accepted. This can be EMPLOYEE, BIZ_ADMIN, or PARTNER."""

    created_by_business: Optional[BusinessAccessUserSummary]
    """Metadata for the business that created the invite/request."""

    created_by_user: Optional[BusinessAccessUserSummary]
    """Metadata for the user that created the invite/request."""

    created_time: Optional[int]
    """The time the invite/request was created. Returned in milliseconds."""

    _fields = (
        Field('id', 'str', pattern='^\\d+$'),
        Field('invite_data', 'BaseInviteDataResponseInviteData'),
        Field('is_received_invite', 'bool'),
        Field('user', 'BusinessAccessUserSummary'),
        Field('assets_summary', 'InviteAssetsSummary', nullable=True),
        Field('business_roles', 'list[str]'),
        Field('created_by_business', 'BusinessAccessUserSummary', nullable=True),
        Field('created_by_user', 'BusinessAccessUserSummary', nullable=True),
        Field('created_time', 'int'),
    )
