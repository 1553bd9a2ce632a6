# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import Optional

from pinterest_client.model_utils import Field, Model


class AdAccountCreateSubscriptionRequestPartnerMetadata(Model):
    """Partner metadata. Only for clients that requires special handling. We recommend to avoid this param."""

    subscriber_key: Optional[str]
    """Text field value that uniquely identifies a subscriber."""

    _fields = (
        Field('subscriber_key', 'str'),
    )
