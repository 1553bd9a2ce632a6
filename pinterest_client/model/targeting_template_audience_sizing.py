# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional

    from pinterest_client.model.targeting_template_audience_sizing_reach_estimate import (
        TargetingTemplateAudienceSizingReachEstimate,
    )


class TargetingTemplateAudienceSizing(Model):
    """Gets an audience size estimate for a set of given targeting spec data. <p>Returns:</p> An object containing an audience size estimate that has a reach estimate (number of unique users) against the given targeting template. This by default provides a monthly estimate."""

    reach_estimate: Optional[TargetingTemplateAudienceSizingReachEstimate]

    _spec = (
        ('reach_estimate', 'TargetingTemplateAudienceSizingReachEstimate'),
    )
