# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class OverallStatusOptions(Enum):
    """Overall status of event quality score."""

    NEEDS_IMPROVEMENT = "NEEDS_IMPROVEMENT"
    FAIR = "FAIR"
    GOOD = "GOOD"


if TYPE_CHECKING:
    OverallStatusOptionsValue = Literal["NEEDS_IMPROVEMENT", "FAIR", "GOOD"]
    """What a parameter typed `OverallStatusOptions` also takes: one of its values, as is."""


__all__ = ["OverallStatusOptions"]
