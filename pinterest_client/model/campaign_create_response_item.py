# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, List, Optional

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.campaign_create_response_data import CampaignCreateResponseData
    from pinterest_client.model.exception import Exception


class CampaignCreateResponseItem(Model):
    """CampaignCreateResponseItem (component schema)."""

    data: Optional[CampaignCreateResponseData]

    exceptions: Optional[List[Exception]]

    _fields = (
        Field('data', 'CampaignCreateResponseData'),
        Field('exceptions', 'list[Exception]'),
    )
