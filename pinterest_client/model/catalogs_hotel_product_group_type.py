# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class CatalogsHotelProductGroupType(Enum):
    """Catalog hotel product group type

    MERCHANT_CREATED: Product groups created by merchants.

    ALL_LISTINGS: Includes every hotel item in your catalog.
    """

    MERCHANT_CREATED = "MERCHANT_CREATED"
    ALL_LISTINGS = "ALL_LISTINGS"


if TYPE_CHECKING:
    CatalogsHotelProductGroupTypeValue = Literal["MERCHANT_CREATED", "ALL_LISTINGS"]
    """What a parameter typed `CatalogsHotelProductGroupType` also takes: one of its values, as is."""


__all__ = ["CatalogsHotelProductGroupType"]
