# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class AudienceInsightType(Enum):
    """AudienceInsightType (component schema `AudienceInsightType`)."""

    YOUR_TOTAL_AUDIENCE = "YOUR_TOTAL_AUDIENCE"
    YOUR_ENGAGED_AUDIENCE = "YOUR_ENGAGED_AUDIENCE"
    PINTEREST_TOTAL_AUDIENCE = "PINTEREST_TOTAL_AUDIENCE"


if TYPE_CHECKING:
    AudienceInsightTypeValue = Literal["YOUR_TOTAL_AUDIENCE", "YOUR_ENGAGED_AUDIENCE", "PINTEREST_TOTAL_AUDIENCE"]
    """What a parameter typed `AudienceInsightType` also takes: one of its values, as is."""


__all__ = ["AudienceInsightType"]
