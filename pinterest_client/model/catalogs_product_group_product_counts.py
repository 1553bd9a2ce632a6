# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field


class CatalogsProductGroupProductCounts(Model):
    """Deprecated: from Pinterest's spec 5.10.0, no longer in the current spec; kept for code written against the
    original client.

    Product counts for a CatalogsProductGroup
    """

    in_stock: float = Field("float", required=True, minimum=0)

    out_of_stock: float = Field("float", required=True, minimum=0)

    preorder: float = Field("float", required=True, minimum=0)

    total: float = Field("float", required=True, minimum=0)

    _positional = ("in_stock", "out_of_stock", "preorder", "total")

    if TYPE_CHECKING:

        def __init__(
            self,
            in_stock: float,
            out_of_stock: float,
            preorder: float,
            total: float,
        ) -> None: ...


__all__ = ["CatalogsProductGroupProductCounts"]
