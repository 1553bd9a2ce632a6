# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.campaign_create_response_item import CampaignCreateResponseItem


class CampaignCreateResponse(Model):
    """CampaignCreateResponse (component schema `CampaignCreateResponse`)."""

    items: Optional[List[CampaignCreateResponseItem]] = Field("list[CampaignCreateResponseItem]")

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            items: Optional[List[CampaignCreateResponseItem]] = ...,
        ) -> None: ...


__all__ = ["CampaignCreateResponse"]
