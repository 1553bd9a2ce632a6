# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import Enum


class MMMReportingTargetingType(Enum):
    """Ad targeting types for MMM report"""

    APPTYPE = "APPTYPE"
    COUNTRY = "COUNTRY"
    CREATIVE_TYPE = "CREATIVE_TYPE"
    GENDER = "GENDER"
    LOCATION = "LOCATION"


__all__ = ["MMMReportingTargetingType"]
