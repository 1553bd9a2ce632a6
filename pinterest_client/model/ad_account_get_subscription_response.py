# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional


class AdAccountGetSubscriptionResponse(Model):
    """AdAccountGetSubscriptionsResponse"""

    lead_form_id: Optional[str]
    """Lead form ID."""

    webhook_url: Optional[str]
    """Standard HTTPS webhook URL."""

    ad_account_id: Optional[str]
    """The Ad Account ID that this lead form belongs to."""

    api_version: Optional[str]
    """API version."""

    created_time: Optional[int]
    """Lead subscription creation time. Unix timestamp in milliseconds."""

    cryptographic_algorithm: Optional[str]
    """Lead data encryption algorithm."""

    cryptographic_key: Optional[str]
    """Base64 encoded key for client to decrypt lead data."""

    id: Optional[str]
    """Subscription ID."""

    user_account_id: Optional[str]
    """User account used to subscribe lead data."""

    _spec = (
        ('lead_form_id', 'str', 'nullable', {'pattern': '^\\d+$'}),
        ('webhook_url', 'str'),
        ('ad_account_id', 'str', '', {'pattern': '^\\d+$'}),
        ('api_version', 'str'),
        ('created_time', 'int'),
        ('cryptographic_algorithm', 'str', 'nullable'),
        ('cryptographic_key', 'str', 'nullable'),
        ('id', 'str', '', {'pattern': '^\\d+$'}),
        ('user_account_id', 'str', '', {'pattern': '^\\d+$'}),
    )

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
