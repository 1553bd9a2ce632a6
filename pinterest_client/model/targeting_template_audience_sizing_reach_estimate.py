# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional


class TargetingTemplateAudienceSizingReachEstimate(Model):
    """TargetingTemplateAudienceSizingReachEstimate (inline schema)."""

    estimate: Optional[int]

    lower_bound: Optional[int]

    upper_bound: Optional[int]

    _spec = (
        ('estimate', 'int'),
        ('lower_bound', 'int'),
        ('upper_bound', 'int'),
    )
