# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class CatalogsFeedProcessingStatus(Enum):
    """CatalogsFeedProcessingStatus (component schema)."""

    COMPLETED = "COMPLETED"
    FAILED = "FAILED"
    PROCESSING = "PROCESSING"


if TYPE_CHECKING:
    CatalogsFeedProcessingStatusValue = Literal["COMPLETED", "FAILED", "PROCESSING"]
    """What a parameter typed `CatalogsFeedProcessingStatus` also takes: one of its values, as is."""


__all__ = ["CatalogsFeedProcessingStatus"]
