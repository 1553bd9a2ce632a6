# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional


class CatalogsFeedIngestionInfo(Model):
    """CatalogsFeedIngestionInfo (component schema)."""

    IN_STOCK: Optional[int]
    """The number of ingested products that are in stock."""

    OUT_OF_STOCK: Optional[int]
    """The number of ingested products that are in out of stock."""

    PREORDER: Optional[int]
    """The number of ingested products that are in preorder."""

    _spec = (
        ('IN_STOCK', 'int'),
        ('OUT_OF_STOCK', 'int'),
        ('PREORDER', 'int'),
    )
