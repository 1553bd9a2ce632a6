# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import Enum


class ConversionProductReportRequestConversionProductAttributionType(Enum):
    """Required attribution type of the B/C/S report.<br>When the attribution type is BRAND_ATTRIBUTION, start_date for the report must be after 2025-04-01."""

    DEFAULT = 'DEFAULT'
    BRAND_ATTRIBUTION = 'BRAND_ATTRIBUTION'
