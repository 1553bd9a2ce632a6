# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import Optional

from pinterest_client.model_utils import Field, Model


class CatalogsFeedIngestionInfo(Model):
    """CatalogsFeedIngestionInfo (component schema)."""

    IN_STOCK: Optional[int]
    """The number of ingested products that are in stock."""

    OUT_OF_STOCK: Optional[int]
    """The number of ingested products that are in out of stock."""

    PREORDER: Optional[int]
    """The number of ingested products that are in preorder."""

    _fields = (
        Field('IN_STOCK', 'int'),
        Field('OUT_OF_STOCK', 'int'),
        Field('PREORDER', 'int'),
    )
