# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional

    from pinterest_client.model.catalogs_hotel_product_group_filters import CatalogsHotelProductGroupFilters


class CatalogsHotelProductGroupUpdateRequest(Model):
    """Request object for updating a hotel product group."""

    catalog_type: Optional[str] = Field("str", enum=("HOTEL",))

    description: Optional[str] = Field("str", nullable=True)

    filters: Optional[CatalogsHotelProductGroupFilters] = Field("CatalogsHotelProductGroupFilters")
    """Object holding a group of filters for a hotel product group"""

    name: Optional[str] = Field("str")

    _additional = None

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            catalog_type: Optional[str] = ...,
            description: Optional[str] = ...,
            filters: Optional[CatalogsHotelProductGroupFilters] = ...,
            name: Optional[str] = ...,
        ) -> None: ...


__all__ = ["CatalogsHotelProductGroupUpdateRequest"]
