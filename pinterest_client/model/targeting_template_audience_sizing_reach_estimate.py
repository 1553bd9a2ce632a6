# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import Optional

from pinterest_client.model_utils import Field, Model


class TargetingTemplateAudienceSizingReachEstimate(Model):
    """TargetingTemplateAudienceSizingReachEstimate (inline schema)."""

    estimate: Optional[int]

    lower_bound: Optional[int]

    upper_bound: Optional[int]

    _fields = (
        Field('estimate', 'int'),
        Field('lower_bound', 'int'),
        Field('upper_bound', 'int'),
    )
