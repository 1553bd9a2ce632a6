# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class ConversionReportAttributionType(Enum):
    """Attribution type. Refers to the Pinterest Tag endpoints"""

    INDIVIDUAL = "INDIVIDUAL"
    HOUSEHOLD = "HOUSEHOLD"


if TYPE_CHECKING:
    ConversionReportAttributionTypeValue = Literal["INDIVIDUAL", "HOUSEHOLD"]
    """What a parameter typed `ConversionReportAttributionType` also takes: one of its values, as is."""


__all__ = ["ConversionReportAttributionType"]
