# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class IngestionSourceOptions(Enum):
    """List of ingestion sources for a conversion event."""

    TAG = "TAG"
    MMP = "MMP"
    FILE_UPLOAD = "FILE_UPLOAD"
    CONVERSIONS_API = "CONVERSIONS_API"
    NATIVE = "NATIVE"


if TYPE_CHECKING:
    IngestionSourceOptionsValue = Literal["TAG", "MMP", "FILE_UPLOAD", "CONVERSIONS_API", "NATIVE"]
    """What a parameter typed `IngestionSourceOptions` also takes: one of its values, as is."""


__all__ = ["IngestionSourceOptions"]
