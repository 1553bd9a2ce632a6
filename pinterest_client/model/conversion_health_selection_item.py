# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Any, Dict, Optional


class ConversionHealthSelectionItem(Model):
    """User selection of conversion health criteria for a single feature"""

    conversion_type: Optional[Dict[str, Any]]
    """Status for conversion types"""

    criteria: Optional[Dict[str, Any]]
    """Status for criteria"""

    ingestion_source: Optional[Dict[str, Any]]
    """Status for ingestion sources"""

    status: Any
    """Overall status for this selection item"""

    _spec = (
        ('conversionType', 'dict[any]', '', None, 'conversion_type'),
        ('criteria', 'dict[any]'),
        ('ingestionSource', 'dict[any]', '', None, 'ingestion_source'),
        ('status', 'any', 'required'),
    )
    _positional = ('status',)

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
