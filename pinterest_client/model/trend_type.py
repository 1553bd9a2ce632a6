# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class TrendType(Enum):
    """TrendType"""

    GROWING = "growing"
    MONTHLY = "monthly"
    YEARLY = "yearly"
    SEASONAL = "seasonal"


if TYPE_CHECKING:
    TrendTypeValue = Literal["growing", "monthly", "yearly", "seasonal"]
    """What a parameter typed `TrendType` also takes: one of its values, as is."""


__all__ = ["TrendType"]
