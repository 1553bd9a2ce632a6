# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import Enum


class ProductGroupSummaryStatus(Enum):
    """Summary status for product group"""

    RUNNING = "RUNNING"
    PAUSED = "PAUSED"
    EXCLUDED = "EXCLUDED"
    ARCHIVED = "ARCHIVED"


__all__ = ["ProductGroupSummaryStatus"]
