# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import Enum


class ProductCategoriesEngagementType(Enum):
    """ProductCategoriesEngagementType (component schema `ProductCategoriesEngagementType`)."""

    ENGAGEMENT = "ENGAGEMENT"
    OUTBOUND_CLICK = "OUTBOUND_CLICK"
    SAVE = "SAVE"


__all__ = ["ProductCategoriesEngagementType"]
