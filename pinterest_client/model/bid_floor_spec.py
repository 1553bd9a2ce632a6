# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``BidFloorSpec`` is the original client's name (releases 0.1.2-0.1.12) for
:class:`BidFloorRequestBidFloorSpecsItem`, the same class under its current name.
"""

from pinterest_client.model.bid_floor_request_bid_floor_specs_item import BidFloorRequestBidFloorSpecsItem

BidFloorSpec = BidFloorRequestBidFloorSpecsItem

__all__ = ["BidFloorSpec"]
