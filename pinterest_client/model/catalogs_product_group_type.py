# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class CatalogsProductGroupType(Enum):
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

    MERCHANT_CREATED = "MERCHANT_CREATED"
    ALL_PRODUCTS = "ALL_PRODUCTS"
    BEST_DEALS = "BEST_DEALS"
    PINNER_FAVORITES = "PINNER_FAVORITES"
    TOP_SELLERS = "TOP_SELLERS"
    BACK_IN_STOCK = "BACK_IN_STOCK"
    NEW_ARRIVALS = "NEW_ARRIVALS"
    SHOPIFY_COLLECTIONS = "SHOPIFY_COLLECTIONS"
    I2PC = "I2PC"


if TYPE_CHECKING:
    CatalogsProductGroupTypeValue = Literal[
        "MERCHANT_CREATED",
        "ALL_PRODUCTS",
        "BEST_DEALS",
        "PINNER_FAVORITES",
        "TOP_SELLERS",
        "BACK_IN_STOCK",
        "NEW_ARRIVALS",
        "SHOPIFY_COLLECTIONS",
        "I2PC",
    ]
    """What a parameter typed `CatalogsProductGroupType` also takes: one of its values, as is."""


__all__ = ["CatalogsProductGroupType"]
