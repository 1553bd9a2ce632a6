# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.quality_component_issue import QualityComponentIssue


class QualityComponentDetails(Model):
    """Metrics for a specific event type within a quality component."""

    coverage: float = Field("float", required=True)
    """Coverage percentage for this event type."""

    issues: Optional[List[QualityComponentIssue]] = Field("list[QualityComponentIssue]")
    """List of issues detected for this event type, if any."""

    overlap: Optional[float] = Field("float")
    """Overlap percentage for this event type. Only populated for external_event_id"""

    _positional = ("coverage",)

    if TYPE_CHECKING:

        def __init__(
            self,
            coverage: float,
            *,
            issues: Optional[List[QualityComponentIssue]] = ...,
            overlap: Optional[float] = ...,
        ) -> None: ...


__all__ = ["QualityComponentDetails"]
