# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field
from pinterest_client._unions import UnionModel

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


class CatalogsProductGroup(UnionModel):
    """Deprecated: from Pinterest's spec 5.10.0, no longer in the current spec; kept for code written against the
    original client.

    catalog product group entity

    One of: `CatalogsProductGroupCatalogsProductGroupFeedBasedCase`,
    `CatalogsProductGroupCatalogsProductGroupMerchantBasedCase`.
    """

    _variants = (
        "CatalogsProductGroupCatalogsProductGroupFeedBasedCase",
        "CatalogsProductGroupCatalogsProductGroupMerchantBasedCase",
    )


class CatalogsProductGroupCatalogsProductGroupFeedBasedCase(Model):
    """catalogs_product_group_feed_based_case"""

    id: str = Field("str", required=True, pattern="^\\d+$")
    """ID of the catalog product group."""

    name: Optional[str] = Field("str")
    """Name of catalog product group"""

    description: Optional[str] = Field("str", nullable=True)

    filters: CatalogsProductGroupFilters = Field("CatalogsProductGroupFilters", required=True)
    """Object holding a group of filters for a catalog product group"""

    is_featured: Optional[bool] = Field("bool")
    """boolean indicator of whether the product group is being featured or not"""

    type: Optional[Union[CatalogsProductGroupType, str]] = Field("CatalogsProductGroupType")
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

    status: Optional[Union[CatalogsProductGroupStatus, str]] = Field("CatalogsProductGroupStatus")

    created_at: Optional[int] = Field("int")
    """Unix timestamp in seconds of when catalog product group was created."""

    updated_at: Optional[int] = Field("int")
    """Unix timestamp in seconds of last time catalog product group was updated."""

    feed_id: str = Field("str", required=True, pattern="^\\d+$")
    """id of the catalogs feed belonging to this catalog product group"""

    _positional = ("id", "filters", "feed_id")

    if TYPE_CHECKING:

        def __init__(
            self,
            id: str,
            filters: CatalogsProductGroupFilters,
            feed_id: str,
            *,
            name: Optional[str] = ...,
            description: Optional[str] = ...,
            is_featured: Optional[bool] = ...,
            type: Optional[Union[CatalogsProductGroupType, CatalogsProductGroupTypeValue]] = ...,
            status: Optional[Union[CatalogsProductGroupStatus, CatalogsProductGroupStatusValue]] = ...,
            created_at: Optional[int] = ...,
            updated_at: Optional[int] = ...,
        ) -> None: ...


class CatalogsProductGroupCatalogsProductGroupMerchantBasedCase(Model):
    """catalogs_product_group_merchant_based_case"""

    id: str = Field("str", required=True, pattern="^\\d+$")
    """ID of the catalog product group."""

    name: Optional[str] = Field("str")
    """Name of catalog product group"""

    description: Optional[str] = Field("str", nullable=True)

    filters: CatalogsProductGroupFilters = Field("CatalogsProductGroupFilters", required=True)
    """Object holding a group of filters for a catalog product group"""

    is_featured: Optional[bool] = Field("bool")
    """boolean indicator of whether the product group is being featured or not"""

    type: Optional[Union[CatalogsProductGroupType, str]] = Field("CatalogsProductGroupType")
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

    status: Optional[Union[CatalogsProductGroupStatus, str]] = Field("CatalogsProductGroupStatus")

    created_at: Optional[int] = Field("int")
    """Unix timestamp in seconds of when catalog product group was created."""

    updated_at: Optional[int] = Field("int")
    """Unix timestamp in seconds of last time catalog product group was updated."""

    feed_id: Optional[str] = Field("str", required=True, nullable=True, enum=())

    _positional = ("id", "filters", "feed_id")

    if TYPE_CHECKING:

        def __init__(
            self,
            id: str,
            filters: CatalogsProductGroupFilters,
            feed_id: Optional[str],
            *,
            name: Optional[str] = ...,
            description: Optional[str] = ...,
            is_featured: Optional[bool] = ...,
            type: Optional[Union[CatalogsProductGroupType, CatalogsProductGroupTypeValue]] = ...,
            status: Optional[Union[CatalogsProductGroupStatus, CatalogsProductGroupStatusValue]] = ...,
            created_at: Optional[int] = ...,
            updated_at: Optional[int] = ...,
        ) -> None: ...


__all__ = [
    "CatalogsProductGroup",
    "CatalogsProductGroupCatalogsProductGroupFeedBasedCase",
    "CatalogsProductGroupCatalogsProductGroupMerchantBasedCase",
]
