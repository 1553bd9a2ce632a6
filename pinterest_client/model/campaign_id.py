# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import Optional

from pinterest_client.model_utils import Field, Model


class CampaignId(Model):
    """CampaignId (component schema `CampaignId`)."""

    id: Optional[str]
    """Campaign ID."""

    _fields = (
        Field('id', 'str', pattern='^\\d+$'),
    )
