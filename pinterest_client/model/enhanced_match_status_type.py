# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class EnhancedMatchStatusType(Enum):
    """EnhancedMatchStatusType (component schema)."""

    UNKNOWN = "UNKNOWN"
    NOT_VALIDATED = "NOT_VALIDATED"
    VALIDATING_IN_PROGRESS = "VALIDATING_IN_PROGRESS"
    VALIDATION_COMPLETE = "VALIDATION_COMPLETE"


if TYPE_CHECKING:
    EnhancedMatchStatusTypeValue = Literal["UNKNOWN", "NOT_VALIDATED", "VALIDATING_IN_PROGRESS", "VALIDATION_COMPLETE"]
    """What a parameter typed `EnhancedMatchStatusType` also takes: one of its values, as is."""


__all__ = ["EnhancedMatchStatusType"]
