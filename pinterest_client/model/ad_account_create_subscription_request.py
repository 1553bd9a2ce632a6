# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional

    from pinterest_client.model.ad_account_create_subscription_request_partner_metadata import (
        AdAccountCreateSubscriptionRequestPartnerMetadata,
    )


class AdAccountCreateSubscriptionRequest(Model):
    """AdAccountCreateSubscriptionRequest"""

    lead_form_id: Optional[str]
    """Lead form ID."""

    partner_access_token: Optional[str]
    """Partner access token. Only for clients that requires authentication. We recommend to avoid this param."""

    partner_metadata: Optional[AdAccountCreateSubscriptionRequestPartnerMetadata]
    """Partner metadata. Only for clients that requires special handling. We recommend to avoid this param."""

    partner_refresh_token: Optional[str]
    """Partner refresh token. Only for clients that requires authentication. We recommend to avoid this param."""

    webhook_url: str
    """Standard HTTPS webhook URL."""

    _spec = (
        ('lead_form_id', 'str', '', {'pattern': '^\\d+$'}),
        ('partner_access_token', 'str'),
        ('partner_metadata', 'AdAccountCreateSubscriptionRequestPartnerMetadata'),
        ('partner_refresh_token', 'str'),
        ('webhook_url', 'str', 'required'),
    )
