# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import FloatEnum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class ProductCategoryDetailLookbackWindow(FloatEnum):
    """ProductCategoryDetailLookbackWindow (component schema `ProductCategoryDetailLookbackWindow`)."""

    N90 = 90
    N180 = 180
    N365 = 365
    N730 = 730


if TYPE_CHECKING:
    ProductCategoryDetailLookbackWindowValue = Literal[90, 180, 365, 730]
    """What a parameter typed `ProductCategoryDetailLookbackWindow` also takes: one of its values, as is."""


__all__ = ["ProductCategoryDetailLookbackWindow"]
