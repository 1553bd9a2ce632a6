# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class AdAccountCreateSubscriptionRequest(Model):
    """AdAccountCreateSubscriptionRequest"""

    lead_form_id: Optional[str] = Field("str", pattern="^\\d+$")
    """Lead form ID."""

    partner_access_token: Optional[str] = Field("str")
    """Partner access token. Only for clients that requires authentication. We recommend to avoid this param."""

    partner_metadata: Optional[AdAccountCreateSubscriptionRequestPartnerMetadata] = Field(
        "AdAccountCreateSubscriptionRequestPartnerMetadata"
    )
    """Partner metadata. Only for clients that requires special handling. We recommend to avoid this param."""

    partner_refresh_token: Optional[str] = Field("str")
    """Partner refresh token. Only for clients that requires authentication. We recommend to avoid this param."""

    webhook_url: str = Field("str", required=True)
    """Standard HTTPS webhook URL."""

    _positional = ("webhook_url",)

    if TYPE_CHECKING:

        def __init__(
            self,
            webhook_url: str,
            *,
            lead_form_id: Optional[str] = ...,
            partner_access_token: Optional[str] = ...,
            partner_metadata: Optional[AdAccountCreateSubscriptionRequestPartnerMetadata] = ...,
            partner_refresh_token: Optional[str] = ...,
        ) -> None: ...


class AdAccountCreateSubscriptionRequestPartnerMetadata(Model):
    """Partner metadata. Only for clients that requires special handling. We recommend to avoid this param."""

    subscriber_key: Optional[str] = Field("str")
    """Text field value that uniquely identifies a subscriber."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            subscriber_key: Optional[str] = ...,
        ) -> None: ...


__all__ = ["AdAccountCreateSubscriptionRequest", "AdAccountCreateSubscriptionRequestPartnerMetadata"]
