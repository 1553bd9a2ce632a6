# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional

    from pinterest_client.model.catalogs_hotel_product_group_filters import CatalogsHotelProductGroupFilters


class CatalogsHotelProductGroupCreateRequest(Model):
    """Request object for creating a hotel product group."""

    catalog_id: str = Field("str", required=True, pattern="^\\d+$")
    """Catalog id pertaining to the hotel product group."""

    catalog_type: str = Field("str", required=True, enum=("HOTEL",))

    description: Optional[str] = Field("str", nullable=True)

    filters: CatalogsHotelProductGroupFilters = Field("CatalogsHotelProductGroupFilters", required=True)
    """Object holding a group of filters for a hotel product group"""

    name: str = Field("str", required=True)

    _positional = ("name", "filters", "catalog_id")
    _defaults = {"catalog_type": "HOTEL"}
    _additional = None

    if TYPE_CHECKING:

        def __init__(
            self,
            name: str,
            filters: CatalogsHotelProductGroupFilters,
            catalog_id: str,
            *,
            catalog_type: Optional[str] = ...,
            description: Optional[str] = ...,
        ) -> None: ...


__all__ = ["CatalogsHotelProductGroupCreateRequest"]
