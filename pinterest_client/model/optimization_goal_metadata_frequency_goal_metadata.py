# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional


class OptimizationGoalMetadataFrequencyGoalMetadata(Model):
    """OptimizationGoalMetadataFrequencyGoalMetadata (inline schema)."""

    frequency: Optional[int]
    """Frequency target can only be between 2 and 20"""

    timerange: Optional[str]
    """User entity counts time range"""

    _spec = (
        ('frequency', 'int', '', {'maximum': 20, 'minimum': 2}),
        ('timerange', 'str', '', {'enum': ('THIRTY_DAY', 'DAY', 'SEVEN_DAY', 'TWENTY_MINUTE', 'TEN_MINUTE', 'TWENTY_FOUR_HOUR')}),
    )
