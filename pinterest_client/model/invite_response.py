# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.base_invite_data_response import BaseInviteDataResponseInviteData
    from pinterest_client.model.business_access_user_summary import BusinessAccessUserSummary
    from pinterest_client.model.invite_assets_summary import InviteAssetsSummary


class InviteResponse(Model):
    """InviteResponse (component schema `InviteResponse`)."""

    id: Optional[str] = Field("str", pattern="^\\d+$")
    """Unique identifier of the invite/request."""

    invite_data: Optional[BaseInviteDataResponseInviteData] = Field("BaseInviteDataResponseInviteData")
    """Metadata for the invite/request."""

    is_received_invite: Optional[bool] = Field("bool")
    """Indicates whether the invite/request was received."""

    user: Optional[BusinessAccessUserSummary] = Field("BusinessAccessUserSummary")
    """Metadata for the member/partner that was sent the invite/request."""

    assets_summary: Optional[InviteAssetsSummary] = Field("InviteAssetsSummary", nullable=True)
    """Ad accounts and profiles the member/partner will be granted access to with this invite/request."""

    business_roles: Optional[List[str]] = Field("list[str]")
    """The access level a user would be granted on the business if the invite/request is accepted. This can be EMPLOYEE,
    BIZ_ADMIN, or PARTNER.
    """

    created_by_business: Optional[BusinessAccessUserSummary] = Field("BusinessAccessUserSummary", nullable=True)
    """Metadata for the business that created the invite/request."""

    created_by_user: Optional[BusinessAccessUserSummary] = Field("BusinessAccessUserSummary", nullable=True)
    """Metadata for the user that created the invite/request."""

    created_time: Optional[int] = Field("int")
    """The time the invite/request was created. Returned in milliseconds."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: Optional[str] = ...,
            invite_data: Optional[BaseInviteDataResponseInviteData] = ...,
            is_received_invite: Optional[bool] = ...,
            user: Optional[BusinessAccessUserSummary] = ...,
            assets_summary: Optional[InviteAssetsSummary] = ...,
            business_roles: Optional[List[str]] = ...,
            created_by_business: Optional[BusinessAccessUserSummary] = ...,
            created_by_user: Optional[BusinessAccessUserSummary] = ...,
            created_time: Optional[int] = ...,
        ) -> None: ...


__all__ = ["InviteResponse"]
