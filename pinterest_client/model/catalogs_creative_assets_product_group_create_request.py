# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional

    from pinterest_client.model.catalogs_creative_assets_product_group_filters import (
        CatalogsCreativeAssetsProductGroupFilters,
    )


class CatalogsCreativeAssetsProductGroupCreateRequest(Model):
    """Request object for creating a creative assets product group."""

    catalog_id: str = Field("str", required=True, pattern="^\\d+$")
    """Catalog id pertaining to the creative assets product group."""

    catalog_type: str = Field("str", required=True, enum=("CREATIVE_ASSETS",))

    description: Optional[str] = Field("str", nullable=True)

    filters: CatalogsCreativeAssetsProductGroupFilters = Field(
        "CatalogsCreativeAssetsProductGroupFilters", required=True
    )
    """Object holding a group of filters for a creative assets product group"""

    name: str = Field("str", required=True)

    _positional = ("name", "filters", "catalog_id")
    _defaults = {"catalog_type": "CREATIVE_ASSETS"}
    _additional = None

    if TYPE_CHECKING:

        def __init__(
            self,
            name: str,
            filters: CatalogsCreativeAssetsProductGroupFilters,
            catalog_id: str,
            *,
            catalog_type: Optional[str] = ...,
            description: Optional[str] = ...,
        ) -> None: ...


__all__ = ["CatalogsCreativeAssetsProductGroupCreateRequest"]
