# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class CampaignSummaryStatus(Enum):
    """Summary status for campaign"""

    RUNNING = "RUNNING"
    PAUSED = "PAUSED"
    NOT_STARTED = "NOT_STARTED"
    COMPLETED = "COMPLETED"
    ADVERTISER_DISABLED = "ADVERTISER_DISABLED"
    ARCHIVED = "ARCHIVED"
    DRAFT = "DRAFT"
    DELETED_DRAFT = "DELETED_DRAFT"


if TYPE_CHECKING:
    CampaignSummaryStatusValue = Literal[
        "RUNNING", "PAUSED", "NOT_STARTED", "COMPLETED", "ADVERTISER_DISABLED", "ARCHIVED", "DRAFT", "DELETED_DRAFT"
    ]
    """What a parameter typed `CampaignSummaryStatus` also takes: one of its values, as is."""


__all__ = ["CampaignSummaryStatus"]
