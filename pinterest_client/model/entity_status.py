# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import Enum


class EntityStatus(Enum):
    """Entity status"""

    ACTIVE = "ACTIVE"
    PAUSED = "PAUSED"
    ARCHIVED = "ARCHIVED"
    DRAFT = "DRAFT"
    DELETED_DRAFT = "DELETED_DRAFT"


__all__ = ["EntityStatus"]
