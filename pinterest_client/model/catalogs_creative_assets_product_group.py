# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional

    from pinterest_client.model.catalogs_creative_assets_product_group_filters import (
        CatalogsCreativeAssetsProductGroupFilters,
    )


class CatalogsCreativeAssetsProductGroup(Model):
    """creative_assets_product_group"""

    catalog_id: str = Field("str", required=True, pattern="^\\d+$")
    """Catalog id pertaining to the creative assets product group."""

    catalog_type: str = Field("str", required=True, enum=("CREATIVE_ASSETS",))

    created_at: Optional[int] = Field("int")
    """Unix timestamp in seconds of when catalog product group was created."""

    description: Optional[str] = Field("str", nullable=True)

    filters: CatalogsCreativeAssetsProductGroupFilters = Field(
        "CatalogsCreativeAssetsProductGroupFilters", required=True
    )
    """Object holding a group of filters for a creative assets product group"""

    id: str = Field("str", required=True, pattern="^\\d+$")
    """ID of the creative assets product group."""

    name: Optional[str] = Field("str")
    """Name of creative assets product group"""

    updated_at: Optional[int] = Field("int")
    """Unix timestamp in seconds of last time catalog product group was updated."""

    _positional = ("id", "filters", "catalog_id")
    _defaults = {"catalog_type": "CREATIVE_ASSETS"}

    if TYPE_CHECKING:

        def __init__(
            self,
            id: str,
            filters: CatalogsCreativeAssetsProductGroupFilters,
            catalog_id: str,
            *,
            catalog_type: Optional[str] = ...,
            created_at: Optional[int] = ...,
            description: Optional[str] = ...,
            name: Optional[str] = ...,
            updated_at: Optional[int] = ...,
        ) -> None: ...


__all__ = ["CatalogsCreativeAssetsProductGroup"]
