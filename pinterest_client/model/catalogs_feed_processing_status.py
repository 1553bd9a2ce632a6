# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import Enum


class CatalogsFeedProcessingStatus(Enum):
    """CatalogsFeedProcessingStatus (component schema)."""

    COMPLETED = "COMPLETED"
    FAILED = "FAILED"
    PROCESSING = "PROCESSING"


__all__ = ["CatalogsFeedProcessingStatus"]
