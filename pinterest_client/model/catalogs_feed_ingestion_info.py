# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class CatalogsFeedIngestionInfo(Model):
    """CatalogsFeedIngestionInfo (component schema)."""

    in_stock: Optional[int] = Field("int", wire="IN_STOCK")
    """The number of ingested products that are in stock."""

    out_of_stock: Optional[int] = Field("int", wire="OUT_OF_STOCK")
    """The number of ingested products that are in out of stock."""

    preorder: Optional[int] = Field("int", wire="PREORDER")
    """The number of ingested products that are in preorder."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            in_stock: Optional[int] = ...,
            out_of_stock: Optional[int] = ...,
            preorder: Optional[int] = ...,
        ) -> None: ...


__all__ = ["CatalogsFeedIngestionInfo"]
