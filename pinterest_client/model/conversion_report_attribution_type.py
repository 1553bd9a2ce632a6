# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import Enum


class ConversionReportAttributionType(Enum):
    """Attribution type. Refers to the Pinterest Tag endpoints"""

    INDIVIDUAL = "INDIVIDUAL"
    HOUSEHOLD = "HOUSEHOLD"


__all__ = ["ConversionReportAttributionType"]
