# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional, Union

    from pinterest_client.model.catalogs_product_group_filters import CatalogsProductGroupFilters
    from pinterest_client.model.catalogs_product_group_status import CatalogsProductGroupStatus
    from pinterest_client.model.catalogs_product_group_type import CatalogsProductGroupType


class CatalogsRetailProductGroup(Model):
    """retail_product_group"""

    catalog_id: str
    """Catalog id pertaining to the retail product group."""

    catalog_type: str

    country: Optional[str]

    created_at: Optional[int]
    """Unix timestamp in seconds of when catalog product group was created."""

    description: Optional[str]

    feed_id: Optional[str]
    """id of the catalogs feed belonging to this catalog product group"""

    filters: CatalogsProductGroupFilters
    """Object holding a group of filters for a catalog product group"""

    id: str
    """ID of the catalog product group."""

    is_featured: Optional[bool]
    """boolean indicator of whether the product group is being featured or not"""

    locale: Optional[str]

    name: Optional[str]
    """Name of catalog product group"""

    status: Optional[Union[CatalogsProductGroupStatus, str]]

    type: Union[CatalogsProductGroupType, str]
    """<p>Catalog product group type</p>
    <p>MERCHANT_CREATED: Product groups created by merchants.
    <br>ALL_PRODUCTS: Consists of every product in your latest successful feed upload.
    <br>BEST_DEALS: Consists of products with the deepest drop in price.
    <br>PINNER_FAVORITES: Consists of products that are resonating most with people on Pinterest, based on engagement.
    <br>TOP_SELLERS: Consists of products with the highest conversion rate, if you have the conversion tag installed.
    <br>BACK_IN_STOCK: Consists of products that were previously out of stock and are now in stock.
    <br>NEW_ARRIVALS: Consists of products that are new to your Catalog.
    <br>SHOPIFY_COLLECTION: Product groups created based on Shopify Product Collections.
    <br>I2PC: Product groups created based on predicted product category.</p>
    """

    updated_at: Optional[int]
    """Unix timestamp in seconds of last time catalog product group was updated."""

    _spec = (
        ('catalog_id', 'str', 'required', {'pattern': '^\\d+$'}),
        ('catalog_type', 'str', 'required', {'enum': ('RETAIL',)}),
        ('country', 'str', 'nullable'),
        ('created_at', 'int'),
        ('description', 'str', 'nullable'),
        ('feed_id', 'str', 'required nullable', {'pattern': '^\\d+$'}),
        ('filters', 'CatalogsProductGroupFilters', 'required'),
        ('id', 'str', 'required', {'pattern': '^\\d+$'}),
        ('is_featured', 'bool'),
        ('locale', 'str', 'nullable'),
        ('name', 'str'),
        ('status', 'CatalogsProductGroupStatus'),
        ('type', 'CatalogsProductGroupType', 'required'),
        ('updated_at', 'int'),
    )
    _positional = ('id', 'filters', 'catalog_id', 'feed_id')

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
            status: Optional[Union[CatalogsProductGroupStatus, str]] = ...,
            type: Optional[Union[CatalogsProductGroupType, str]] = ...,
            updated_at: Optional[int] = ...,
        ) -> None: ...


__all__ = ["CatalogsRetailProductGroup"]
