# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional, Union

    from pinterest_client.model.catalogs_hotel_product_group_filters import CatalogsHotelProductGroupFilters
    from pinterest_client.model.catalogs_hotel_product_group_type import (
        CatalogsHotelProductGroupType,
        CatalogsHotelProductGroupTypeValue,
    )


class CatalogsHotelProductGroup(Model):
    """hotel_product_group"""

    catalog_id: str = Field("str", required=True, pattern="^\\d+$")
    """Catalog id pertaining to the hotel product group."""

    catalog_type: str = Field("str", required=True, enum=("HOTEL",))

    created_at: Optional[int] = Field("int")
    """Unix timestamp in seconds of when catalog product group was created."""

    description: Optional[str] = Field("str", nullable=True)

    filters: CatalogsHotelProductGroupFilters = Field("CatalogsHotelProductGroupFilters", required=True)
    """Object holding a group of filters for a hotel product group"""

    id: str = Field("str", required=True, pattern="^\\d+$")
    """ID of the hotel product group."""

    name: Optional[str] = Field("str")
    """Name of hotel product group"""

    type: Union[CatalogsHotelProductGroupType, str] = Field("CatalogsHotelProductGroupType", required=True)
    """Catalog hotel product group type

    MERCHANT_CREATED: Product groups created by merchants.

    ALL_LISTINGS: Includes every hotel item in your catalog.
    """

    updated_at: Optional[int] = Field("int")
    """Unix timestamp in seconds of last time catalog product group was updated."""

    _positional = ("id", "filters", "catalog_id")
    _defaults = {"catalog_type": "HOTEL"}

    if TYPE_CHECKING:

        def __init__(
            self,
            id: str,
            filters: CatalogsHotelProductGroupFilters,
            catalog_id: str,
            *,
            catalog_type: Optional[str] = ...,
            created_at: Optional[int] = ...,
            description: Optional[str] = ...,
            name: Optional[str] = ...,
            type: Optional[Union[CatalogsHotelProductGroupType, CatalogsHotelProductGroupTypeValue]] = ...,
            updated_at: Optional[int] = ...,
        ) -> None: ...


__all__ = ["CatalogsHotelProductGroup"]
