# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class VerticalProductCategory(Enum):
    """List of verticals for product categories."""

    FASHION = "FASHION"
    HOME_DECOR = "HOME_DECOR"
    BEAUTY = "BEAUTY"


if TYPE_CHECKING:
    VerticalProductCategoryValue = Literal["FASHION", "HOME_DECOR", "BEAUTY"]
    """What a parameter typed `VerticalProductCategory` also takes: one of its values, as is."""


__all__ = ["VerticalProductCategory"]
