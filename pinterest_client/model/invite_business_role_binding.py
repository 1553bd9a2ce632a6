# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional

    from pinterest_client.model.base_invite_data_response import BaseInviteDataResponseInviteData
    from pinterest_client.model.business_access_user_summary import BusinessAccessUserSummary


class InviteBusinessRoleBinding(Model):
    """An invite object if the invite/request was successfully updated. Will only be provided if the an invite/request
    is successfully updated.
    """

    id: Optional[str] = Field("str", pattern="^\\d+$")
    """Unique identifier of the invite/request."""

    invite_data: Optional[BaseInviteDataResponseInviteData] = Field("BaseInviteDataResponseInviteData")
    """Metadata for the invite/request."""

    is_received_invite: Optional[bool] = Field("bool")
    """Indicates whether the invite/request was received."""

    user: Optional[BusinessAccessUserSummary] = Field("BusinessAccessUserSummary")
    """Metadata for the user that updated the invite/request."""

    created_by_business_id: Optional[str] = Field("str")
    """Unique identifier for the business that created the invite/request."""

    created_by_user_id: Optional[str] = Field("str")
    """Unique identifier for the user that created the invite/request."""
    _nullable = True

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: Optional[str] = ...,
            invite_data: Optional[BaseInviteDataResponseInviteData] = ...,
            is_received_invite: Optional[bool] = ...,
            user: Optional[BusinessAccessUserSummary] = ...,
            created_by_business_id: Optional[str] = ...,
            created_by_user_id: Optional[str] = ...,
        ) -> None: ...


__all__ = ["InviteBusinessRoleBinding"]
