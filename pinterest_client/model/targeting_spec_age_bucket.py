# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class TargetingSpecAgeBucket(Enum):
    """TargetingSpecAgeBucket (component schema)."""

    N18_24 = "18-24"
    N19_PLUS = "19+"
    N20_PLUS = "20+"
    N21_PLUS = "21+"
    N25_34 = "25-34"
    N35_44 = "35-44"
    N45_49 = "45-49"
    N50_54 = "50-54"
    N55_64 = "55-64"
    N65_PLUS = "65+"


if TYPE_CHECKING:
    TargetingSpecAgeBucketValue = Literal[
        "18-24", "19+", "20+", "21+", "25-34", "35-44", "45-49", "50-54", "55-64", "65+"
    ]
    """What a parameter typed `TargetingSpecAgeBucket` also takes: one of its values, as is."""


__all__ = ["TargetingSpecAgeBucket"]
