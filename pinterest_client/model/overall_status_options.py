# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import Enum


class OverallStatusOptions(Enum):
    """Overall status of event quality score."""

    NEEDS_IMPROVEMENT = "NEEDS_IMPROVEMENT"
    FAIR = "FAIR"
    GOOD = "GOOD"


__all__ = ["OverallStatusOptions"]
