# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional

    from pinterest_client.model.catalogs_retail_product_metadata import CatalogsRetailProductMetadata
    from pinterest_client.model.pin import Pin


class CatalogsRetailProduct(Model):
    """CatalogsRetailProduct (component schema)."""

    catalog_type: str = Field("str", required=True, enum=("RETAIL",))

    metadata: CatalogsRetailProductMetadata = Field("CatalogsRetailProductMetadata", required=True)
    """Retail product metadata entity"""

    pin: Pin = Field("Pin", required=True)
    """Pin model containing properties related to a Pinterest Pin."""

    _positional = ("metadata", "pin")
    _defaults = {"catalog_type": "RETAIL"}

    if TYPE_CHECKING:

        def __init__(
            self,
            metadata: CatalogsRetailProductMetadata,
            pin: Pin,
            *,
            catalog_type: Optional[str] = ...,
        ) -> None: ...


__all__ = ["CatalogsRetailProduct"]
