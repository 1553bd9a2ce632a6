# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, List, Optional

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.campaign_create_response_item import CampaignCreateResponseItem


class CampaignUpdateResponse(Model):
    """CampaignUpdateResponse (component schema `CampaignUpdateResponse`)."""

    items: Optional[List[CampaignCreateResponseItem]]

    _fields = (
        Field('items', 'list[CampaignCreateResponseItem]'),
    )
