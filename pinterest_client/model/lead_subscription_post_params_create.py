# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional

    from pinterest_client.model.lead_subscription_post_params_create_partner_metadata import (
        LeadSubscriptionPostParamsCreatePartnerMetadata,
    )


class LeadSubscriptionPostParamsCreate(Model):
    """LeadSubscriptionPostParamsCreate (component schema `LeadSubscriptionPostParamsCreate`)."""

    lead_form_id: Optional[str] = Field("str", pattern="^\\d+$")
    """Lead form ID."""

    webhook_url: str = Field("str", required=True)
    """Standard HTTPS webhook URL."""

    partner_access_token: Optional[str] = Field("str")
    """Partner access token. Only for clients that requires authentication. We recommend to avoid this param."""

    partner_metadata: Optional[LeadSubscriptionPostParamsCreatePartnerMetadata] = Field(
        "LeadSubscriptionPostParamsCreatePartnerMetadata"
    )
    """Partner metadata. Only for clients that requires special handling. We recommend to avoid this param."""

    partner_refresh_token: Optional[str] = Field("str")
    """Partner refresh token. Only for clients that requires authentication. We recommend to avoid this param."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            lead_form_id: Optional[str] = ...,
            webhook_url: Optional[str] = ...,
            partner_access_token: Optional[str] = ...,
            partner_metadata: Optional[LeadSubscriptionPostParamsCreatePartnerMetadata] = ...,
            partner_refresh_token: Optional[str] = ...,
        ) -> None: ...


__all__ = ["LeadSubscriptionPostParamsCreate"]
