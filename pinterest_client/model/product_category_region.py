# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class ProductCategoryRegion(Enum):
    """ProductCategoryRegion (component schema)."""

    US = "US"
    GB_PLUSIE = "GB+IE"
    CA = "CA"


if TYPE_CHECKING:
    ProductCategoryRegionValue = Literal["US", "GB+IE", "CA"]
    """What a parameter typed `ProductCategoryRegion` also takes: one of its values, as is."""


__all__ = ["ProductCategoryRegion"]
