# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class LookbackPeriodOptions(Enum):
    """Days in lookback window in the GET Conversion EQS response."""

    N1D = "1d"
    N14D = "14d"


if TYPE_CHECKING:
    LookbackPeriodOptionsValue = Literal["1d", "14d"]
    """What a parameter typed `LookbackPeriodOptions` also takes: one of its values, as is."""


__all__ = ["LookbackPeriodOptions"]
