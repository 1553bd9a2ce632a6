# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional


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
    _positional = ('webhook_url',)

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

    subscriber_key: Optional[str]
    """Text field value that uniquely identifies a subscriber."""

    _spec = (
        ('subscriber_key', 'str'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            subscriber_key: Optional[str] = ...,
        ) -> None: ...


__all__ = ["AdAccountCreateSubscriptionRequest", "AdAccountCreateSubscriptionRequestPartnerMetadata"]
