# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional, Union

    from pinterest_client.model.catalogs_product_group_filters import CatalogsProductGroupFilters
    from pinterest_client.model.catalogs_product_group_status import (
        CatalogsProductGroupStatus,
        CatalogsProductGroupStatusValue,
    )
    from pinterest_client.model.catalogs_product_group_type import (
        CatalogsProductGroupType,
        CatalogsProductGroupTypeValue,
    )


class CatalogsRetailProductGroup(Model):
    """retail_product_group"""

    catalog_id: str = Field("str", required=True, pattern="^\\d+$")
    """Catalog id pertaining to the retail product group."""

    catalog_type: str = Field("str", required=True, enum=("RETAIL",))

    country: Optional[str] = Field("str", nullable=True)

    created_at: Optional[int] = Field("int")
    """Unix timestamp in seconds of when catalog product group was created."""

    description: Optional[str] = Field("str", nullable=True)

    feed_id: Optional[str] = Field("str", required=True, nullable=True, pattern="^\\d+$")
    """id of the catalogs feed belonging to this catalog product group"""

    filters: CatalogsProductGroupFilters = Field("CatalogsProductGroupFilters", required=True)
    """Object holding a group of filters for a catalog product group"""

    id: str = Field("str", required=True, pattern="^\\d+$")
    """ID of the catalog product group."""

    is_featured: Optional[bool] = Field("bool")
    """boolean indicator of whether the product group is being featured or not"""

    locale: Optional[str] = Field("str", nullable=True)

    name: Optional[str] = Field("str")
    """Name of catalog product group"""

    status: Optional[Union[CatalogsProductGroupStatus, str]] = Field("CatalogsProductGroupStatus")

    type: Union[CatalogsProductGroupType, str] = Field("CatalogsProductGroupType", required=True)
    """Catalog product group type

    MERCHANT_CREATED: Product groups created by merchants.

    ALL_PRODUCTS: Consists of every product in your latest successful feed upload.

    BEST_DEALS: Consists of products with the deepest drop in price.

    PINNER_FAVORITES: Consists of products that are resonating most with people on Pinterest, based on engagement.

    TOP_SELLERS: Consists of products with the highest conversion rate, if you have the conversion tag installed.

    BACK_IN_STOCK: Consists of products that were previously out of stock and are now in stock.

    NEW_ARRIVALS: Consists of products that are new to your Catalog.

    SHOPIFY_COLLECTION: Product groups created based on Shopify Product Collections.

    I2PC: Product groups created based on predicted product category.
    """

    updated_at: Optional[int] = Field("int")
    """Unix timestamp in seconds of last time catalog product group was updated."""

    _positional = ("id", "filters", "catalog_id", "feed_id")
    _defaults = {"catalog_type": "RETAIL"}

    if TYPE_CHECKING:

        def __init__(
            self,
            id: str,
            filters: CatalogsProductGroupFilters,
            catalog_id: str,
            feed_id: Optional[str],
            *,
            catalog_type: Optional[str] = ...,
            country: Optional[str] = ...,
            created_at: Optional[int] = ...,
            description: Optional[str] = ...,
            is_featured: Optional[bool] = ...,
            locale: Optional[str] = ...,
            name: Optional[str] = ...,
            status: Optional[Union[CatalogsProductGroupStatus, CatalogsProductGroupStatusValue]] = ...,
            type: Optional[Union[CatalogsProductGroupType, CatalogsProductGroupTypeValue]] = ...,
            updated_at: Optional[int] = ...,
        ) -> None: ...


__all__ = ["CatalogsRetailProductGroup"]
