# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional


class CatalogsFeedIngestionInfo(Model):
    """CatalogsFeedIngestionInfo (component schema)."""

    in_stock: Optional[int]
    """The number of ingested products that are in stock."""

    out_of_stock: Optional[int]
    """The number of ingested products that are in out of stock."""

    preorder: Optional[int]
    """The number of ingested products that are in preorder."""

    _spec = (
        ('IN_STOCK', 'int', '', None, 'in_stock'),
        ('OUT_OF_STOCK', 'int', '', None, 'out_of_stock'),
        ('PREORDER', 'int', '', None, 'preorder'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            in_stock: Optional[int] = ...,
            out_of_stock: Optional[int] = ...,
            preorder: Optional[int] = ...,
        ) -> None: ...


__all__ = ["CatalogsFeedIngestionInfo"]
