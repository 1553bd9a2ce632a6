# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class AdAccountGetSubscriptionResponse(Model):
    """AdAccountGetSubscriptionsResponse"""

    lead_form_id: Optional[str] = Field("str", nullable=True, pattern="^\\d+$")
    """Lead form ID."""

    webhook_url: Optional[str] = Field("str")
    """Standard HTTPS webhook URL."""

    ad_account_id: Optional[str] = Field("str", pattern="^\\d+$")
    """The Ad Account ID that this lead form belongs to."""

    api_version: Optional[str] = Field("str")
    """API version."""

    created_time: Optional[int] = Field("int")
    """Lead subscription creation time. Unix timestamp in milliseconds."""

    cryptographic_algorithm: Optional[str] = Field("str", nullable=True)
    """Lead data encryption algorithm."""

    cryptographic_key: Optional[str] = Field("str", nullable=True)
    """Base64 encoded key for client to decrypt lead data."""

    id: Optional[str] = Field("str", pattern="^\\d+$")
    """Subscription ID."""

    user_account_id: Optional[str] = Field("str", pattern="^\\d+$")
    """User account used to subscribe lead data."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            lead_form_id: Optional[str] = ...,
            webhook_url: Optional[str] = ...,
            ad_account_id: Optional[str] = ...,
            api_version: Optional[str] = ...,
            created_time: Optional[int] = ...,
            cryptographic_algorithm: Optional[str] = ...,
            cryptographic_key: Optional[str] = ...,
            id: Optional[str] = ...,
            user_account_id: Optional[str] = ...,
        ) -> None: ...


__all__ = ["AdAccountGetSubscriptionResponse"]
