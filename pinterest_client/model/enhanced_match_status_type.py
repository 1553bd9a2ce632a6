# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import Enum


class EnhancedMatchStatusType(Enum):
    """EnhancedMatchStatusType (component schema)."""

    UNKNOWN = "UNKNOWN"
    NOT_VALIDATED = "NOT_VALIDATED"
    VALIDATING_IN_PROGRESS = "VALIDATING_IN_PROGRESS"
    VALIDATION_COMPLETE = "VALIDATION_COMPLETE"


__all__ = ["EnhancedMatchStatusType"]
