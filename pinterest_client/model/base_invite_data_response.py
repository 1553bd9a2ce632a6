# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional

    from pinterest_client.model.business_access_user_summary import BusinessAccessUserSummary


class BaseInviteDataResponse(Model):
    """BaseInviteDataResponse (component schema `BaseInviteDataResponse`)."""

    id: Optional[str] = Field("str", pattern="^\\d+$")
    """Unique identifier of the invite/request."""

    invite_data: Optional[BaseInviteDataResponseInviteData] = Field("BaseInviteDataResponseInviteData")
    """Metadata for the invite/request."""

    is_received_invite: Optional[bool] = Field("bool")
    """Indicates whether the invite/request was received."""

    user: Optional[BusinessAccessUserSummary] = Field("BusinessAccessUserSummary")
    """Metadata for the member/partner that was sent the invite/request."""
    _nullable = True

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: Optional[str] = ...,
            invite_data: Optional[BaseInviteDataResponseInviteData] = ...,
            is_received_invite: Optional[bool] = ...,
            user: Optional[BusinessAccessUserSummary] = ...,
        ) -> None: ...


class BaseInviteDataResponseInviteData(Model):
    """Metadata for the invite/request."""

    invite_expiration: Optional[int] = Field("int")
    """The date and time when the invite/request will expire. Returned in milliseconds."""

    invite_status: Optional[str] = Field("str")
    """The current status of the invite. The invite can be in one of the following states PENDING, ACCEPTED, DECLINED,
    CANCELLED, EXPIRED.
    """

    invite_type: Optional[str] = Field("str")
    """The type of invite.
    'MEMBER_INVITE' is to invite a member to access your business assets.
    'PARTNER_INVITE' is to invite a partner to access your business assets.
    'PARTNER_REQUEST' is to request access a partner's business assets.
    """

    last_updated_time: Optional[int] = Field("int")
    """The date and time the invite/request was last updated. Returned in milliseconds."""

    sent_at: Optional[int] = Field("int")
    """The date and time the invite/request was sent/created. Returned in milliseconds."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            invite_expiration: Optional[int] = ...,
            invite_status: Optional[str] = ...,
            invite_type: Optional[str] = ...,
            last_updated_time: Optional[int] = ...,
            sent_at: Optional[int] = ...,
        ) -> None: ...


__all__ = ["BaseInviteDataResponse", "BaseInviteDataResponseInviteData"]
