# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import Enum


class UpdateMaskBidOptionField(Enum):
    """bid option field to apply operation updates to"""

    BID = "BID"
    APP_TYPE_BID_MULTIPLIER_SET = "APP_TYPE_BID_MULTIPLIER_SET"
    PLACEMENT_BID_MULTIPLIER_SET = "PLACEMENT_BID_MULTIPLIER_SET"


__all__ = ["UpdateMaskBidOptionField"]
