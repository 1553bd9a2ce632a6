# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class ConversionReportTimeType(Enum):
    """Conversion report time type"""

    TIME_OF_AD_ACTION = "TIME_OF_AD_ACTION"
    TIME_OF_CONVERSION = "TIME_OF_CONVERSION"


if TYPE_CHECKING:
    ConversionReportTimeTypeValue = Literal["TIME_OF_AD_ACTION", "TIME_OF_CONVERSION"]
    """What a parameter typed `ConversionReportTimeType` also takes: one of its values, as is."""


__all__ = ["ConversionReportTimeType"]
