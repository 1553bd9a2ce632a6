# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional


class CatalogsHotelItemsFilter(Model):
    """CatalogsHotelItemsFilter (component schema `CatalogsHotelItemsFilter`)."""

    catalog_id: Optional[str] = Field("str", pattern="^\\d+$")
    """Catalog id pertaining to the hotel item. If not provided, default to oldest hotel catalog"""

    catalog_type: str = Field("str", required=True, enum=("HOTEL",))

    hotel_ids: List[str] = Field("list[str]", required=True, max_items=100, min_items=1)

    _positional = ("hotel_ids",)
    _defaults = {"catalog_type": "HOTEL"}

    if TYPE_CHECKING:

        def __init__(
            self,
            hotel_ids: List[str],
            *,
            catalog_id: Optional[str] = ...,
            catalog_type: Optional[str] = ...,
        ) -> None: ...


__all__ = ["CatalogsHotelItemsFilter"]
