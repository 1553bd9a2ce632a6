# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import Optional

from pinterest_client.model_utils import Field, Model


class CatalogsFeedProductCounts(Model):
    """The counts can be null early in the process."""

    ingested: Optional[int]
    """The number of products successfully ingested from the feed file."""

    original: Optional[int]
    """The number of products in the feed file."""

    _fields = (
        Field('ingested', 'int'),
        Field('original', 'int'),
    )
