# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class UpdateMaskFieldType(Enum):
    """The field types supported by the update mask"""

    AD_LINK = "ad_link"
    ADULT = "adult"
    AGE_GROUP = "age_group"
    AVAILABILITY = "availability"
    AVERAGE_REVIEW_RATING = "average_review_rating"
    BRAND = "brand"
    CHECKOUT_ENABLED = "checkout_enabled"
    COLOR = "color"
    CONDITION = "condition"
    CUSTOM_LABEL_0 = "custom_label_0"
    CUSTOM_LABEL_1 = "custom_label_1"
    CUSTOM_LABEL_2 = "custom_label_2"
    CUSTOM_LABEL_3 = "custom_label_3"
    CUSTOM_LABEL_4 = "custom_label_4"
    CUSTOM_NUMBER_0 = "custom_number_0"
    CUSTOM_NUMBER_1 = "custom_number_1"
    CUSTOM_NUMBER_2 = "custom_number_2"
    CUSTOM_NUMBER_3 = "custom_number_3"
    CUSTOM_NUMBER_4 = "custom_number_4"
    DESCRIPTION = "description"
    FREE_SHIPPING_LABEL = "free_shipping_label"
    FREE_SHIPPING_LIMIT = "free_shipping_limit"
    GENDER = "gender"
    GOOGLE_PRODUCT_CATEGORY = "google_product_category"
    GTIN = "gtin"
    ITEM_GROUP_ID = "item_group_id"
    LAST_UPDATED_TIME = "last_updated_time"
    LINK = "link"
    MATERIAL = "material"
    MIN_AD_PRICE = "min_ad_price"
    MPN = "mpn"
    NUMBER_OF_RATINGS = "number_of_ratings"
    NUMBER_OF_REVIEWS = "number_of_reviews"
    PATTERN = "pattern"
    PRICE = "price"
    PRODUCT_TYPE = "product_type"
    SALE_PRICE = "sale_price"
    SHIPPING = "shipping"
    SHIPPING_HEIGHT = "shipping_height"
    SHIPPING_WEIGHT = "shipping_weight"
    SHIPPING_WIDTH = "shipping_width"
    SIZE = "size"
    SIZE_SYSTEM = "size_system"
    SIZE_TYPE = "size_type"
    TAX = "tax"
    TITLE = "title"
    VARIANT_NAMES = "variant_names"
    VARIANT_VALUES = "variant_values"
    PROMOTION_ID = "promotion_id"


if TYPE_CHECKING:
    UpdateMaskFieldTypeValue = Literal[
        "ad_link",
        "adult",
        "age_group",
        "availability",
        "average_review_rating",
        "brand",
        "checkout_enabled",
        "color",
        "condition",
        "custom_label_0",
        "custom_label_1",
        "custom_label_2",
        "custom_label_3",
        "custom_label_4",
        "custom_number_0",
        "custom_number_1",
        "custom_number_2",
        "custom_number_3",
        "custom_number_4",
        "description",
        "free_shipping_label",
        "free_shipping_limit",
        "gender",
        "google_product_category",
        "gtin",
        "item_group_id",
        "last_updated_time",
        "link",
        "material",
        "min_ad_price",
        "mpn",
        "number_of_ratings",
        "number_of_reviews",
        "pattern",
        "price",
        "product_type",
        "sale_price",
        "shipping",
        "shipping_height",
        "shipping_weight",
        "shipping_width",
        "size",
        "size_system",
        "size_type",
        "tax",
        "title",
        "variant_names",
        "variant_values",
        "promotion_id",
    ]
    """What a parameter typed `UpdateMaskFieldType` also takes: one of its values, as is."""


__all__ = ["UpdateMaskFieldType"]
