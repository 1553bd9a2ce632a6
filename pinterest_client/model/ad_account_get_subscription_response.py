# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import Optional

from pinterest_client.model_utils import Field, Model


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

    _fields = (
        Field('lead_form_id', 'str', nullable=True, pattern='^\\d+$'),
        Field('webhook_url', 'str'),
        Field('ad_account_id', 'str', pattern='^\\d+$'),
        Field('api_version', 'str'),
        Field('created_time', 'int'),
        Field('cryptographic_algorithm', 'str', nullable=True),
        Field('cryptographic_key', 'str', nullable=True),
        Field('id', 'str', pattern='^\\d+$'),
        Field('user_account_id', 'str', pattern='^\\d+$'),
    )
