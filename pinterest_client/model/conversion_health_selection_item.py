# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Any, Dict, Optional


class ConversionHealthSelectionItem(Model):
    """User selection of conversion health criteria for a single feature"""

    conversionType: Optional[Dict[str, Any]]
    """Status for conversion types"""

    criteria: Optional[Dict[str, Any]]
    """Status for criteria"""

    ingestionSource: Optional[Dict[str, Any]]
    """Status for ingestion sources"""

    status: Any
    """Overall status for this selection item"""

    _spec = (
        ('conversionType', 'dict[any]'),
        ('criteria', 'dict[any]'),
        ('ingestionSource', 'dict[any]'),
        ('status', 'any', 'required'),
    )
