# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, List, Optional, Union

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.catalogs_hotel_batch_item import CatalogsHotelBatchItem
    from pinterest_client.model.country import Country


class CatalogsHotelBatchRequest(Model):
    """Request object to update catalogs hotel items"""

    catalog_id: Optional[str]
    """Catalog id pertaining to the hotel item. If not provided, default to oldest hotel catalog"""

    catalog_type: str

    country: Union[Country, str]
    """Country ID from ISO 3166-1 alpha-2."""

    items: List[CatalogsHotelBatchItem]
    """Array with catalogs item operations"""

    language: str
    """We recommend using the CatalogsLocale values."""

    _fields = (
        Field('catalog_id', 'str', pattern='^\\d+$'),
        Field('catalog_type', 'str', required=True, enum=('HOTEL',)),
        Field('country', 'Country', required=True),
        Field('items', 'list[CatalogsHotelBatchItem]', required=True, max_items=1000, min_items=1),
        Field('language', 'str', required=True),
    )
    _additional = None
