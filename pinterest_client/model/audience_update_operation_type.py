# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import Enum


class AudienceUpdateOperationType(Enum):
    """Audience operation type (update or remove)."""

    UPDATE = "UPDATE"
    REMOVE = "REMOVE"


__all__ = ["AudienceUpdateOperationType"]
