# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class ProductGroupSummaryStatus(Enum):
    """Summary status for product group"""

    RUNNING = "RUNNING"
    PAUSED = "PAUSED"
    EXCLUDED = "EXCLUDED"
    ARCHIVED = "ARCHIVED"


if TYPE_CHECKING:
    ProductGroupSummaryStatusValue = Literal["RUNNING", "PAUSED", "EXCLUDED", "ARCHIVED"]
    """What a parameter typed `ProductGroupSummaryStatus` also takes: one of its values, as is."""


__all__ = ["ProductGroupSummaryStatus"]
