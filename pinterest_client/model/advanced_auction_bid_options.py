# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional

    from pinterest_client.model.app_type_multipliers import AppTypeMultipliers
    from pinterest_client.model.placement_multipliers import PlacementMultipliers


class AdvancedAuctionBidOptions(Model):
    """Object describing a retail catalog item's bid options (bid price and bid multipliers)."""

    app_type_multipliers: Optional[AppTypeMultipliers] = Field("AppTypeMultipliers", nullable=True)
    """This represents a mapping from app type targeting criteria to a bid price adjustment.

    Multiplier values must be between 0 and 10. A value of 10 represents a 900% increase in bid price (from $1 to $10
    for example). A value of 0 will stop distribution for this item on the specified app type in `MAX_BID` ad groups
    in `CATALOG_SALES` campaigns. All app type multipliers must be set at the same time. If a multiplier is not
    provided it is assumed to be 1 (no bid adjustment).
    """

    bid_in_micro_currency: Optional[int] = Field("int", nullable=True)
    """Bid price in micro currency. A value of 0 will stop distribution for this item in `MAX_BID` ad groups in
    `CATALOG_SALES` campaigns. A value of `null` will fallback to the ad group's `bid_in_micro_currency`.
    """

    placement_multipliers: Optional[PlacementMultipliers] = Field("PlacementMultipliers", nullable=True)
    """This represents a mapping from placement to a bid price adjustment.

    Multiplier values must be between 0 and 10. A value of 10 represents a 900% increase in bid price (from $1 to $10
    for example). A value of 0 will stop distribution for this item on the specified placement in `MAX_BID` ad groups
    in `CATALOG_SALES` campaigns. All placement multipliers must be set at the same time. If a multiplier is not
    provided it is assumed to be 1 (no bid adjustment).
    """

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            app_type_multipliers: Optional[AppTypeMultipliers] = ...,
            bid_in_micro_currency: Optional[int] = ...,
            placement_multipliers: Optional[PlacementMultipliers] = ...,
        ) -> None: ...


__all__ = ["AdvancedAuctionBidOptions"]
