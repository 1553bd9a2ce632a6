# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class LeadSubscription(Model):
    """LeadSubscription (component schema `LeadSubscription`)."""

    ad_account_id: Optional[str] = Field("str", pattern="^\\d+$")
    """The Ad Account ID that this lead form belongs to."""

    api_version: Optional[str] = Field("str")
    """API version."""

    created_time: Optional[int] = Field("int")
    """Subscription creation time. Unix timestamp in milliseconds."""

    cryptographic_algorithm: Optional[str] = Field("str", nullable=True)
    """Lead data encryption algorithm."""

    cryptographic_key: Optional[str] = Field("str", nullable=True)
    """Base64 encoded key for client to decrypt lead data."""

    id: Optional[str] = Field("str", pattern="^\\d+$")
    """Subscription ID."""

    lead_form_id: Optional[str] = Field("str", nullable=True, pattern="^\\d+$")
    """Lead form ID."""

    user_account_id: Optional[str] = Field("str", pattern="^\\d+$")
    """User account used to subscribe lead data."""

    webhook_url: Optional[str] = Field("str")
    """Standard HTTPS webhook URL."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            ad_account_id: Optional[str] = ...,
            api_version: Optional[str] = ...,
            created_time: Optional[int] = ...,
            cryptographic_algorithm: Optional[str] = ...,
            cryptographic_key: Optional[str] = ...,
            id: Optional[str] = ...,
            lead_form_id: Optional[str] = ...,
            user_account_id: Optional[str] = ...,
            webhook_url: Optional[str] = ...,
        ) -> None: ...


__all__ = ["LeadSubscription"]
