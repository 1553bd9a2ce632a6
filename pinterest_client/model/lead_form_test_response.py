# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import Optional

from pinterest_client.model_utils import Field, Model


class LeadFormTestResponse(Model):
    """Response for lead data test API."""

    subscription_id: Optional[str]
    """Subscription ID."""

    _fields = (
        Field('subscription_id', 'str', pattern='^\\d+$'),
    )
