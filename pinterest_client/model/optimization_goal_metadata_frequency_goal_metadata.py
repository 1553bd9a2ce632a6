# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import Optional

from pinterest_client.model_utils import Field, Model


class OptimizationGoalMetadataFrequencyGoalMetadata(Model):
    """OptimizationGoalMetadataFrequencyGoalMetadata (inline schema)."""

    frequency: Optional[int]
    """Frequency target can only be between 2 and 20"""

    timerange: Optional[str]
    """User entity counts time range"""

    _fields = (
        Field('frequency', 'int', maximum=20, minimum=2),
        Field('timerange', 'str', enum=('THIRTY_DAY', 'DAY', 'SEVEN_DAY', 'TWENTY_MINUTE', 'TEN_MINUTE', 'TWENTY_FOUR_HOUR')),
    )
