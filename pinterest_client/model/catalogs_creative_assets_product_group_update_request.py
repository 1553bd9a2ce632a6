# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional

    from pinterest_client.model.catalogs_creative_assets_product_group_filters import (
        CatalogsCreativeAssetsProductGroupFilters,
    )


class CatalogsCreativeAssetsProductGroupUpdateRequest(Model):
    """Request object for updating a creative assets product group."""

    catalog_type: Optional[str] = Field("str", enum=("CREATIVE_ASSETS",))

    description: Optional[str] = Field("str", nullable=True)

    filters: Optional[CatalogsCreativeAssetsProductGroupFilters] = Field("CatalogsCreativeAssetsProductGroupFilters")
    """Object holding a group of filters for a creative assets product group"""

    name: Optional[str] = Field("str")

    _additional = None

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            catalog_type: Optional[str] = ...,
            description: Optional[str] = ...,
            filters: Optional[CatalogsCreativeAssetsProductGroupFilters] = ...,
            name: Optional[str] = ...,
        ) -> None: ...


__all__ = ["CatalogsCreativeAssetsProductGroupUpdateRequest"]
