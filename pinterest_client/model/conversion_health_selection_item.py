# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Any, Dict, Optional


class ConversionHealthSelectionItem(Model):
    """User selection of conversion health criteria for a single feature"""

    conversion_type: Optional[Dict[str, Any]] = Field("dict[any]", wire="conversionType")
    """Status for conversion types"""

    criteria: Optional[Dict[str, Any]] = Field("dict[any]")
    """Status for criteria"""

    ingestion_source: Optional[Dict[str, Any]] = Field("dict[any]", wire="ingestionSource")
    """Status for ingestion sources"""

    status: Any = Field("any", required=True)
    """Overall status for this selection item"""

    _positional = ("status",)

    if TYPE_CHECKING:

        def __init__(
            self,
            status: Any,
            *,
            conversion_type: Optional[Dict[str, Any]] = ...,
            criteria: Optional[Dict[str, Any]] = ...,
            ingestion_source: Optional[Dict[str, Any]] = ...,
        ) -> None: ...


__all__ = ["ConversionHealthSelectionItem"]
