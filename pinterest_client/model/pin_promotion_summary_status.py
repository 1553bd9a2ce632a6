# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import Enum


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


__all__ = ["PinPromotionSummaryStatus"]
