# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.lead_subscription_post_params_create_partner_metadata import (
        LeadSubscriptionPostParamsCreatePartnerMetadata,
    )


class LeadSubscriptionPostParamsCreate(Model):
    """LeadSubscriptionPostParamsCreate (component schema `LeadSubscriptionPostParamsCreate`)."""

    lead_form_id: Optional[str]
    """Lead form ID."""

    webhook_url: str
    """Standard HTTPS webhook URL."""

    partner_access_token: Optional[str]
    """Partner access token. Only for clients that requires authentication. We recommend to avoid this param."""

    partner_metadata: Optional[LeadSubscriptionPostParamsCreatePartnerMetadata]
    """Partner metadata. Only for clients that requires special handling. We recommend to avoid this param."""

    partner_refresh_token: Optional[str]
    """Partner refresh token. Only for clients that requires authentication. We recommend to avoid this param."""

    _fields = (
        Field('lead_form_id', 'str', pattern='^\\d+$'),
        Field('webhook_url', 'str', required=True),
        Field('partner_access_token', 'str'),
        Field('partner_metadata', 'LeadSubscriptionPostParamsCreatePartnerMetadata'),
        Field('partner_refresh_token', 'str'),
    )
