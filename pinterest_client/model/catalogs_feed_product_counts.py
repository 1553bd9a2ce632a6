# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class CatalogsFeedProductCounts(Model):
    """The counts can be null early in the process."""

    ingested: Optional[int] = Field("int")
    """The number of products successfully ingested from the feed file."""

    original: Optional[int] = Field("int")
    """The number of products in the feed file."""
    _nullable = True

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            ingested: Optional[int] = ...,
            original: Optional[int] = ...,
        ) -> None: ...


__all__ = ["CatalogsFeedProductCounts"]
