# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from pinterest_client.model.bid_floor_request import (
    BidFloorRequestBidFloorSpecsItem as BidFloorRequestBidFloorSpecsItem,
)

__all__ = ["BidFloorRequestBidFloorSpecsItem"]
