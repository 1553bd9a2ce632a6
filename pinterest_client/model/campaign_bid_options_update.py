# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.app_type_multipliers import AppTypeMultipliers
    from pinterest_client.model.campaign_audience_multipliers import CampaignAudienceMultipliers
    from pinterest_client.model.placement_multipliers import PlacementMultipliers


class CampaignBidOptionsUpdate(Model):
    """Object describing an update to the campaign level bid multipliers."""

    app_type_multipliers: Optional[AppTypeMultipliers] = Field("AppTypeMultipliers", nullable=True)
    """This represents a mapping from app type targeting criteria to a bid price adjustment.

    Multiplier values must be between 0 and 10. A value of 10 represents a 900% increase in bid price (from $1 to $10
    for example). A value of 0 will stop distribution for this item on the specified app type in `MAX_BID` ad groups
    in `CATALOG_SALES` campaigns. All app type multipliers must be set at the same time. If a multiplier is not
    provided it is assumed to be 1 (no bid adjustment).
    """

    audience_multipliers: Optional[CampaignAudienceMultipliers] = Field("CampaignAudienceMultipliers")
    """This represents a mapping from Audience ID to a bid price adjustment.

    Multiplier values must be between 0 and 10. A value of 10 represents a 900% increase in bid price (from $1 to $10
    for example). A value of 0 will stop distribution for this item on the specified audience in `MAX_BID` ad groups
    in `CATALOG_SALES` campaigns. All audience multipliers must be set at the same time. If a multiplier is not
    provided it is assumed to be 1 (no bid adjustment).
    """

    placement_multipliers: Optional[PlacementMultipliers] = Field("PlacementMultipliers", nullable=True)
    """This represents a mapping from placement to a bid price adjustment.

    Multiplier values must be between 0 and 10. A value of 10 represents a 900% increase in bid price (from $1 to $10
    for example). A value of 0 will stop distribution for this item on the specified placement in `MAX_BID` ad groups
    in `CATALOG_SALES` campaigns. All placement multipliers must be set at the same time. If a multiplier is not
    provided it is assumed to be 1 (no bid adjustment).
    """

    update_mask: List[str] = Field(
        "list[str]", required=True, items={"enum": ("AUDIENCE", "APP_TYPE", "PLACEMENT", "GENDER", "AGE_BUCKET")}
    )
    """List of fields to update, only the fields in the list will be updated."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            app_type_multipliers: Optional[AppTypeMultipliers] = ...,
            audience_multipliers: Optional[CampaignAudienceMultipliers] = ...,
            placement_multipliers: Optional[PlacementMultipliers] = ...,
            update_mask: Optional[List[str]] = ...,
        ) -> None: ...


__all__ = ["CampaignBidOptionsUpdate"]
