# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional

    from pinterest_client.model.catalogs_creative_assets_product_group_filters import (
        CatalogsCreativeAssetsProductGroupFilters,
    )


class CatalogsCreativeAssetsListProductsByCatalogBasedFilterRequest(Model):
    """Request object to list products for a given creative assets catalog_id and product group filter."""

    catalog_id: str = Field("str", required=True, pattern="^\\d+$")
    """Catalog id pertaining to the creative assets product group."""

    catalog_type: str = Field("str", required=True, enum=("CREATIVE_ASSETS",))

    filters: CatalogsCreativeAssetsProductGroupFilters = Field(
        "CatalogsCreativeAssetsProductGroupFilters", required=True
    )
    """Object holding a group of filters for a creative assets product group"""

    _positional = ("catalog_id", "filters")
    _defaults = {"catalog_type": "CREATIVE_ASSETS"}
    _additional = None

    if TYPE_CHECKING:

        def __init__(
            self,
            catalog_id: str,
            filters: CatalogsCreativeAssetsProductGroupFilters,
            *,
            catalog_type: Optional[str] = ...,
        ) -> None: ...


__all__ = ["CatalogsCreativeAssetsListProductsByCatalogBasedFilterRequest"]
