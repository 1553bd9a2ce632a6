# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional


class CatalogsCreativeAssetsItemsFilter(Model):
    """CatalogsCreativeAssetsItemsFilter (component schema `CatalogsCreativeAssetsItemsFilter`)."""

    catalog_id: Optional[str] = Field("str", pattern="^\\d+$")
    """Catalog id pertaining to the creative assets item. If not provided, default to oldest creative assets catalog"""

    catalog_type: str = Field("str", required=True, enum=("CREATIVE_ASSETS",))

    creative_assets_ids: List[str] = Field("list[str]", required=True, max_items=100, min_items=1)

    _positional = ("creative_assets_ids",)
    _defaults = {"catalog_type": "CREATIVE_ASSETS"}

    if TYPE_CHECKING:

        def __init__(
            self,
            creative_assets_ids: List[str],
            *,
            catalog_id: Optional[str] = ...,
            catalog_type: Optional[str] = ...,
        ) -> None: ...


__all__ = ["CatalogsCreativeAssetsItemsFilter"]
