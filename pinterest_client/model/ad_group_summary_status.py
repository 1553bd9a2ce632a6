# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import Enum


class AdGroupSummaryStatus(Enum):
    """Summary status for ad group"""

    RUNNING = "RUNNING"
    PAUSED = "PAUSED"
    NOT_STARTED = "NOT_STARTED"
    COMPLETED = "COMPLETED"
    ADVERTISER_DISABLED = "ADVERTISER_DISABLED"
    ARCHIVED = "ARCHIVED"
    DRAFT = "DRAFT"
    DELETED_DRAFT = "DELETED_DRAFT"


__all__ = ["AdGroupSummaryStatus"]
