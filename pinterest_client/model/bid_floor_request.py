# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.bid_floor_request_bid_floor_specs_item import BidFloorRequestBidFloorSpecsItem
    from pinterest_client.model.targeting_spec import TargetingSpec


class BidFloorRequest(Model):
    """BidFloorBody"""

    bid_floor_specs: List[BidFloorRequestBidFloorSpecsItem]
    """bid_floor_specs"""

    targeting_spec: Optional[TargetingSpec]
    """Ad group targeting specification defining the ad group target audience. For example, `{"APPTYPE":["iphone"], "GENDER":["male"], "LOCALE":["en-US"], "LOCATION":["501"], "MINIMUM_AGE":"18", "MAXIMUM_AGE":"65+"}`"""

    _spec = (
        ('bid_floor_specs', 'list[BidFloorRequestBidFloorSpecsItem]', 'required'),
        ('targeting_spec', 'TargetingSpec'),
    )
