# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional

    from pinterest_client.model.catalogs_creative_assets_product_group_filters import (
        CatalogsCreativeAssetsProductGroupFilters,
    )


class CatalogsCreativeAssetsProductGroup(Model):
    """creative_assets_product_group"""

    catalog_id: str
    """Catalog id pertaining to the creative assets product group."""

    catalog_type: str

    created_at: Optional[int]
    """Unix timestamp in seconds of when catalog product group was created."""

    description: Optional[str]

    filters: CatalogsCreativeAssetsProductGroupFilters
    """Object holding a group of filters for a creative assets product group"""

    id: str
    """ID of the creative assets product group."""

    name: Optional[str]
    """Name of creative assets product group"""

    updated_at: Optional[int]
    """Unix timestamp in seconds of last time catalog product group was updated."""

    _spec = (
        ('catalog_id', 'str', 'required', {'pattern': '^\\d+$'}),
        ('catalog_type', 'str', 'required', {'enum': ('CREATIVE_ASSETS',)}),
        ('created_at', 'int'),
        ('description', 'str', 'nullable'),
        ('filters', 'CatalogsCreativeAssetsProductGroupFilters', 'required'),
        ('id', 'str', 'required', {'pattern': '^\\d+$'}),
        ('name', 'str'),
        ('updated_at', 'int'),
    )
    _positional = ('id', 'filters', 'catalog_id')

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
