# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List

    from pinterest_client.model.catalogs_hotel_product_group_filter_keys import CatalogsHotelProductGroupFilterKeys


class CatalogsHotelProductGroupFiltersAnyOf(Model):
    """any_of"""

    any_of: List[CatalogsHotelProductGroupFilterKeys] = Field(
        "list[CatalogsHotelProductGroupFilterKeys]", required=True
    )

    _positional = ("any_of",)
    _additional = None

    if TYPE_CHECKING:

        def __init__(
            self,
            any_of: List[CatalogsHotelProductGroupFilterKeys],
        ) -> None: ...


__all__ = ["CatalogsHotelProductGroupFiltersAnyOf"]
