# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.campaign_create_response_data import CampaignCreateResponseData
    from pinterest_client.model.exception import Exception


class CampaignCreateResponseItem(Model):
    """CampaignCreateResponseItem (component schema)."""

    data: Optional[CampaignCreateResponseData] = Field("CampaignCreateResponseData")

    exceptions: Optional[List[Exception]] = Field("list[Exception]")

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            data: Optional[CampaignCreateResponseData] = ...,
            exceptions: Optional[List[Exception]] = ...,
        ) -> None: ...


__all__ = ["CampaignCreateResponseItem"]
