# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class NonNullableProductAvailabilityType(Enum):
    """Product availability."""

    IN_STOCK = "IN_STOCK"
    OUT_OF_STOCK = "OUT_OF_STOCK"
    PREORDER = "PREORDER"


if TYPE_CHECKING:
    NonNullableProductAvailabilityTypeValue = Literal["IN_STOCK", "OUT_OF_STOCK", "PREORDER"]
    """What a parameter typed `NonNullableProductAvailabilityType` also takes: one of its values, as is."""


__all__ = ["NonNullableProductAvailabilityType"]
