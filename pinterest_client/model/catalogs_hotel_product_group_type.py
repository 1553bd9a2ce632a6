# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import Enum


class CatalogsHotelProductGroupType(Enum):
    """Catalog hotel product group type

    MERCHANT_CREATED: Product groups created by merchants.

    ALL_LISTINGS: Includes every hotel item in your catalog.
    """

    MERCHANT_CREATED = "MERCHANT_CREATED"
    ALL_LISTINGS = "ALL_LISTINGS"


__all__ = ["CatalogsHotelProductGroupType"]
