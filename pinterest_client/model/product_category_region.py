# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import Enum


class ProductCategoryRegion(Enum):
    """ProductCategoryRegion (component schema)."""

    US = "US"
    GB_PLUSIE = "GB+IE"
    CA = "CA"


__all__ = ["ProductCategoryRegion"]
