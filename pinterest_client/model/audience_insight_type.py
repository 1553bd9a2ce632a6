# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import Enum


class AudienceInsightType(Enum):
    """AudienceInsightType (component schema `AudienceInsightType`)."""

    YOUR_TOTAL_AUDIENCE = "YOUR_TOTAL_AUDIENCE"
    YOUR_ENGAGED_AUDIENCE = "YOUR_ENGAGED_AUDIENCE"
    PINTEREST_TOTAL_AUDIENCE = "PINTEREST_TOTAL_AUDIENCE"


__all__ = ["AudienceInsightType"]
