# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.catalogs_hotel_product_group_filters import CatalogsHotelProductGroupFilters


class CatalogsHotelListProductsByCatalogBasedFilterRequest(Model):
    """Request object to list products for a given hotel catalog_id and product group filter."""

    catalog_id: str
    """Catalog id pertaining to the hotel product group."""

    catalog_type: str

    filters: CatalogsHotelProductGroupFilters
    """Object holding a group of filters for a hotel product group"""

    _fields = (
        Field('catalog_id', 'str', required=True, pattern='^\\d+$'),
        Field('catalog_type', 'str', required=True, enum=('HOTEL',)),
        Field('filters', 'CatalogsHotelProductGroupFilters', required=True),
    )
    _additional = None
