# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class CatalogsHotelProductGroupProductCounts(Model):
    """Product counts for a Hotel CatalogsProductGroup"""

    catalog_type: str = Field("str", required=True, enum=("HOTEL",))

    total: float = Field("float", required=True, minimum=0)

    _positional = ("total",)
    _defaults = {"catalog_type": "HOTEL"}

    if TYPE_CHECKING:

        def __init__(
            self,
            total: float,
            *,
            catalog_type: Optional[str] = ...,
        ) -> None: ...


__all__ = ["CatalogsHotelProductGroupProductCounts"]
