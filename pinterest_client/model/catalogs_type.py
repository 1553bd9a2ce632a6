# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class CatalogsType(Enum):
    """Type of the catalog entity."""

    RETAIL = "RETAIL"
    HOTEL = "HOTEL"
    CREATIVE_ASSETS = "CREATIVE_ASSETS"


if TYPE_CHECKING:
    CatalogsTypeValue = Literal["RETAIL", "HOTEL", "CREATIVE_ASSETS"]
    """What a parameter typed `CatalogsType` also takes: one of its values, as is."""


__all__ = ["CatalogsType"]
