# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional

    from pinterest_client.model.catalogs_creative_assets_product_metadata import CatalogsCreativeAssetsProductMetadata
    from pinterest_client.model.pin import Pin


class CatalogsCreativeAssetsProduct(Model):
    """CatalogsCreativeAssetsProduct (component schema `CatalogsCreativeAssetsProduct`)."""

    catalog_type: str = Field("str", required=True, enum=("CREATIVE_ASSETS",))

    metadata: CatalogsCreativeAssetsProductMetadata = Field("CatalogsCreativeAssetsProductMetadata", required=True)
    """Creative assets product metadata entity"""

    pin: Pin = Field("Pin", required=True)
    """Pin model containing properties related to a Pinterest Pin."""

    _positional = ("metadata", "pin")
    _defaults = {"catalog_type": "CREATIVE_ASSETS"}

    if TYPE_CHECKING:

        def __init__(
            self,
            metadata: CatalogsCreativeAssetsProductMetadata,
            pin: Pin,
            *,
            catalog_type: Optional[str] = ...,
        ) -> None: ...


__all__ = ["CatalogsCreativeAssetsProduct"]
