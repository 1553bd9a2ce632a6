# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import Enum


class LookbackPeriodOptions(Enum):
    """Days in lookback window in the GET Conversion EQS response."""

    N1D = "1d"
    N14D = "14d"


__all__ = ["LookbackPeriodOptions"]
