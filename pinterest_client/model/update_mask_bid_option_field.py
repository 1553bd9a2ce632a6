# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class UpdateMaskBidOptionField(Enum):
    """bid option field to apply operation updates to"""

    BID = "BID"
    APP_TYPE_BID_MULTIPLIER_SET = "APP_TYPE_BID_MULTIPLIER_SET"
    PLACEMENT_BID_MULTIPLIER_SET = "PLACEMENT_BID_MULTIPLIER_SET"


if TYPE_CHECKING:
    UpdateMaskBidOptionFieldValue = Literal["BID", "APP_TYPE_BID_MULTIPLIER_SET", "PLACEMENT_BID_MULTIPLIER_SET"]
    """What a parameter typed `UpdateMaskBidOptionField` also takes: one of its values, as is."""


__all__ = ["UpdateMaskBidOptionField"]
