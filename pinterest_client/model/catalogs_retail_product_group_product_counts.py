# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class CatalogsRetailProductGroupProductCounts(Model):
    """Product counts for a Retail CatalogsProductGroup"""

    catalog_type: str = Field("str", required=True, enum=("RETAIL",))

    in_stock: float = Field("float", required=True, minimum=0)

    out_of_stock: float = Field("float", required=True, minimum=0)

    preorder: float = Field("float", required=True, minimum=0)

    total: float = Field("float", required=True, minimum=0)

    videos: Optional[float] = Field("float", minimum=0)

    _positional = ("in_stock", "out_of_stock", "preorder", "total")
    _defaults = {"catalog_type": "RETAIL"}

    if TYPE_CHECKING:

        def __init__(
            self,
            in_stock: float,
            out_of_stock: float,
            preorder: float,
            total: float,
            *,
            catalog_type: Optional[str] = ...,
            videos: Optional[float] = ...,
        ) -> None: ...


__all__ = ["CatalogsRetailProductGroupProductCounts"]
