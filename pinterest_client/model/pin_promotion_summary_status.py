# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class PinPromotionSummaryStatus(Enum):
    """Summary status for pin promotions"""

    APPROVED = "APPROVED"
    PAUSED = "PAUSED"
    PENDING = "PENDING"
    REJECTED = "REJECTED"
    ADVERTISER_DISABLED = "ADVERTISER_DISABLED"
    ARCHIVED = "ARCHIVED"
    DRAFT = "DRAFT"
    DELETED_DRAFT = "DELETED_DRAFT"


if TYPE_CHECKING:
    PinPromotionSummaryStatusValue = Literal[
        "APPROVED", "PAUSED", "PENDING", "REJECTED", "ADVERTISER_DISABLED", "ARCHIVED", "DRAFT", "DELETED_DRAFT"
    ]
    """What a parameter typed `PinPromotionSummaryStatus` also takes: one of its values, as is."""


__all__ = ["PinPromotionSummaryStatus"]
