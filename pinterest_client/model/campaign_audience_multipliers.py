# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class CampaignAudienceMultipliers(Model):
    """This represents a mapping from Audience ID to a bid price adjustment.

    Multiplier values must be between 0 and 10. A value of 10 represents a 900% increase in bid price (from $1 to $10
    for example). A value of 0 will stop distribution for this item on the specified audience in `MAX_BID` ad groups
    in `CATALOG_SALES` campaigns. All audience multipliers must be set at the same time. If a multiplier is not
    provided it is assumed to be 1 (no bid adjustment).
    """

    audience_id: Optional[str] = Field("str", wire="AUDIENCE_ID", pattern="^\\d+$")
    _additional = "float"

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            audience_id: Optional[str] = ...,
        ) -> None: ...


__all__ = ["CampaignAudienceMultipliers"]
