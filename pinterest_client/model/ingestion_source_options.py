# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import Enum


class IngestionSourceOptions(Enum):
    """List of ingestion sources for a conversion event."""

    TAG = "TAG"
    MMP = "MMP"
    FILE_UPLOAD = "FILE_UPLOAD"
    CONVERSIONS_API = "CONVERSIONS_API"
    NATIVE = "NATIVE"


__all__ = ["IngestionSourceOptions"]
