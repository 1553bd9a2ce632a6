# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class MMMReportingTargetingType(Enum):
    """Ad targeting types for MMM report"""

    APPTYPE = "APPTYPE"
    COUNTRY = "COUNTRY"
    CREATIVE_TYPE = "CREATIVE_TYPE"
    GENDER = "GENDER"
    LOCATION = "LOCATION"


if TYPE_CHECKING:
    MMMReportingTargetingTypeValue = Literal["APPTYPE", "COUNTRY", "CREATIVE_TYPE", "GENDER", "LOCATION"]
    """What a parameter typed `MMMReportingTargetingType` also takes: one of its values, as is."""


__all__ = ["MMMReportingTargetingType"]
