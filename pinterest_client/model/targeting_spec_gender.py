# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class TargetingSpecGender(Enum):
    """TargetingSpecGender (component schema)."""

    UNKNOWN = "unknown"
    MALE = "male"
    FEMALE = "female"


if TYPE_CHECKING:
    TargetingSpecGenderValue = Literal["unknown", "male", "female"]
    """What a parameter typed `TargetingSpecGender` also takes: one of its values, as is."""


__all__ = ["TargetingSpecGender"]
