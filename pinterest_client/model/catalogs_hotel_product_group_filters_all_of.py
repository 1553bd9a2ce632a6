# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List

    from pinterest_client.model.catalogs_hotel_product_group_filter_keys import CatalogsHotelProductGroupFilterKeys


class CatalogsHotelProductGroupFiltersAllOf(Model):
    """all_of"""

    all_of: List[CatalogsHotelProductGroupFilterKeys] = Field(
        "list[CatalogsHotelProductGroupFilterKeys]", required=True
    )

    _positional = ("all_of",)
    _additional = None

    if TYPE_CHECKING:

        def __init__(
            self,
            all_of: List[CatalogsHotelProductGroupFilterKeys],
        ) -> None: ...


__all__ = ["CatalogsHotelProductGroupFiltersAllOf"]
