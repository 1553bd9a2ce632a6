# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class ProductCategoriesEngagementType(Enum):
    """ProductCategoriesEngagementType (component schema `ProductCategoriesEngagementType`)."""

    ENGAGEMENT = "ENGAGEMENT"
    OUTBOUND_CLICK = "OUTBOUND_CLICK"
    SAVE = "SAVE"


if TYPE_CHECKING:
    ProductCategoriesEngagementTypeValue = Literal["ENGAGEMENT", "OUTBOUND_CLICK", "SAVE"]
    """What a parameter typed `ProductCategoriesEngagementType` also takes: one of its values, as is."""


__all__ = ["ProductCategoriesEngagementType"]
