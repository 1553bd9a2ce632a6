# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, List

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.catalogs_hotel_product_group_filter_keys import CatalogsHotelProductGroupFilterKeys


class CatalogsHotelProductGroupFiltersAnyOf(Model):
    """any_of"""

    any_of: List[CatalogsHotelProductGroupFilterKeys]

    _fields = (
        Field('any_of', 'list[CatalogsHotelProductGroupFilterKeys]', required=True),
    )
    _additional = None
