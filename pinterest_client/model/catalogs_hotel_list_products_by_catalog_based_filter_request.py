# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional

    from pinterest_client.model.catalogs_hotel_product_group_filters import CatalogsHotelProductGroupFilters


class CatalogsHotelListProductsByCatalogBasedFilterRequest(Model):
    """Request object to list products for a given hotel catalog_id and product group filter."""

    catalog_id: str = Field("str", required=True, pattern="^\\d+$")
    """Catalog id pertaining to the hotel product group."""

    catalog_type: str = Field("str", required=True, enum=("HOTEL",))

    filters: CatalogsHotelProductGroupFilters = Field("CatalogsHotelProductGroupFilters", required=True)
    """Object holding a group of filters for a hotel product group"""

    _positional = ("catalog_id", "filters")
    _defaults = {"catalog_type": "HOTEL"}
    _additional = None

    if TYPE_CHECKING:

        def __init__(
            self,
            catalog_id: str,
            filters: CatalogsHotelProductGroupFilters,
            *,
            catalog_type: Optional[str] = ...,
        ) -> None: ...


__all__ = ["CatalogsHotelListProductsByCatalogBasedFilterRequest"]
