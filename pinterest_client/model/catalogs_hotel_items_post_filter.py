# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import List, Optional

from pinterest_client.model_utils import Field, Model


class CatalogsHotelItemsPostFilter(Model):
    """CatalogsHotelItemsPostFilter (component schema `CatalogsHotelItemsPostFilter`)."""

    catalog_id: Optional[str]
    """Catalog id pertaining to the hotel item. If not provided, default to oldest hotel catalog"""

    catalog_type: str

    hotel_ids: List[str]

    _fields = (
        Field('catalog_id', 'str', pattern='^\\d+$'),
        Field('catalog_type', 'str', required=True, enum=('HOTEL',)),
        Field('hotel_ids', 'list[str]', required=True, max_items=1000, min_items=1),
    )
