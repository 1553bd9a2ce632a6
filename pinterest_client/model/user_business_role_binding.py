# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.business_access_user_summary import BusinessAccessUserSummary
    from pinterest_client.model.business_member_assets_summary import BusinessMemberAssetsSummary


class UserBusinessRoleBinding(Model):
    """UserBusinessRoleBinding (component schema `UserBusinessRoleBinding`)."""

    assets_summary: Optional[BusinessMemberAssetsSummary] = Field("BusinessMemberAssetsSummary", nullable=True)

    business_roles: Optional[List[str]] = Field("list[str]")
    """The access level a user has on the business. This can be EMPLOYEE, BIZ_ADMIN, or PARTNER."""

    created_by_business: Optional[BusinessAccessUserSummary] = Field("BusinessAccessUserSummary", nullable=True)
    """Metadata for the business that created the business relationship."""

    created_by_user: Optional[BusinessAccessUserSummary] = Field("BusinessAccessUserSummary", nullable=True)
    """Metadata for the user that created the business relationship."""

    created_time: Optional[int] = Field("int", nullable=True)
    """The time the business relationship was created. Returned in milliseconds."""

    id: Optional[str] = Field("str", pattern="^\\d+$")
    """Unique identifier of the business member/business partner/employer."""

    is_shared_partner: Optional[bool] = Field("bool")
    """This field is only relevant when business_role="PARTNER".

    If is_shared_partner=FALSE, the partner can access your business assets. If assets_summary
    is not empty, the assets listed are your business assets the partner has access to.

    If is_shared_partner=TRUE, you can access the partner's business asset. If assets_summary
    is not empty, the assets listed are the partner's business assets you have access to.
    """

    user: Optional[BusinessAccessUserSummary] = Field("BusinessAccessUserSummary", nullable=True)
    """Metadata for the business member/business partner/employer."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            assets_summary: Optional[BusinessMemberAssetsSummary] = ...,
            business_roles: Optional[List[str]] = ...,
            created_by_business: Optional[BusinessAccessUserSummary] = ...,
            created_by_user: Optional[BusinessAccessUserSummary] = ...,
            created_time: Optional[int] = ...,
            id: Optional[str] = ...,
            is_shared_partner: Optional[bool] = ...,
            user: Optional[BusinessAccessUserSummary] = ...,
        ) -> None: ...


__all__ = ["UserBusinessRoleBinding"]
