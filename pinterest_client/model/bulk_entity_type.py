# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import Enum


class BulkEntityType(Enum):
    """Refers ads entity type. Schedule enum is only applicable to beta users"""

    CAMPAIGN = "CAMPAIGN"
    AD_GROUP = "AD_GROUP"
    PRODUCT_GROUP = "PRODUCT_GROUP"
    AD = "AD"
    KEYWORD = "KEYWORD"
    LABEL = "LABEL"
    SCHEDULE = "SCHEDULE"


__all__ = ["BulkEntityType"]
