# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, List, Optional

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.quality_component_issue import QualityComponentIssue


class QualityComponentDetails(Model):
    """Metrics for a specific event type within a quality component."""

    coverage: float
    """Coverage percentage for this event type."""

    issues: Optional[List[QualityComponentIssue]]
    """List of issues detected for this event type, if any."""

    overlap: Optional[float]
    """Overlap percentage for this event type. Only populated for external_event_id"""

    _fields = (
        Field('coverage', 'float', required=True),
        Field('issues', 'list[QualityComponentIssue]'),
        Field('overlap', 'float'),
    )
