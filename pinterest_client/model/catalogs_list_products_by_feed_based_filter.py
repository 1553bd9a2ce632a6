# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from pinterest_client.model.catalogs_product_group_filters import CatalogsProductGroupFilters


class CatalogsListProductsByFeedBasedFilter(Model):
    """Request object to list products for a given feed_id and product group filter."""

    feed_id: str = Field("str", required=True, pattern="^\\d+$")
    """Catalog Feed id pertaining to the catalog product group filter."""

    filters: CatalogsProductGroupFilters = Field("CatalogsProductGroupFilters", required=True)
    """Object holding a group of filters for a catalog product group"""

    _positional = ("feed_id", "filters")
    _additional = None

    if TYPE_CHECKING:

        def __init__(
            self,
            feed_id: str,
            filters: CatalogsProductGroupFilters,
        ) -> None: ...


__all__ = ["CatalogsListProductsByFeedBasedFilter"]
