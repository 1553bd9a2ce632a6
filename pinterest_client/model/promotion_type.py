# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class PromotionType(Enum):
    """Determines the displayed promotion text along with what parameters (if any) are needed to complete the template.
    This list is not finalized, and will be updated as new types are supported.
    """

    VARIABLE = "VARIABLE"
    SITEWIDE = "SITEWIDE"
    CHECKOUT = "CHECKOUT"
    SAVE_X_ON_Y = "SAVE_X_ON_Y"
    BUY_X_GET_Y = "BUY_X_GET_Y"
    SPEND_X_SAVE_Y = "SPEND_X_SAVE_Y"
    FREE_SHIPPING = "FREE_SHIPPING"
    FREE_SHIPPING_MINIMUM = "FREE_SHIPPING_MINIMUM"
    FREE_SHIPPING_WITH_DISCOUNT = "FREE_SHIPPING_WITH_DISCOUNT"
    SITEWIDE_IN_STORES = "SITEWIDE_IN_STORES"
    EXTRA_PERCENT_OFF = "EXTRA_PERCENT_OFF"
    GIFT_WITH_PURCHASE = "GIFT_WITH_PURCHASE"
    GIFT_WITH_PURCHASE_MINIMUM = "GIFT_WITH_PURCHASE_MINIMUM"
    FIXED = "FIXED"
    PERCENT_OFF_CLEARANCE = "PERCENT_OFF_CLEARANCE"
    X_OFF_Y = "X_OFF_Y"
    GIFT_WITH_FIRST_PURCHASE = "GIFT_WITH_FIRST_PURCHASE"
    BUY_X_GET_ONE_FREE = "BUY_X_GET_ONE_FREE"
    CASH_BACK = "CASH_BACK"
    POINTS_ON_ALL_PURCHASES = "POINTS_ON_ALL_PURCHASES"
    BONUS = "BONUS"
    POINTS_WITH_PURCHASE = "POINTS_WITH_PURCHASE"
    CUSTOM = "CUSTOM"


if TYPE_CHECKING:
    PromotionTypeValue = Literal[
        "VARIABLE",
        "SITEWIDE",
        "CHECKOUT",
        "SAVE_X_ON_Y",
        "BUY_X_GET_Y",
        "SPEND_X_SAVE_Y",
        "FREE_SHIPPING",
        "FREE_SHIPPING_MINIMUM",
        "FREE_SHIPPING_WITH_DISCOUNT",
        "SITEWIDE_IN_STORES",
        "EXTRA_PERCENT_OFF",
        "GIFT_WITH_PURCHASE",
        "GIFT_WITH_PURCHASE_MINIMUM",
        "FIXED",
        "PERCENT_OFF_CLEARANCE",
        "X_OFF_Y",
        "GIFT_WITH_FIRST_PURCHASE",
        "BUY_X_GET_ONE_FREE",
        "CASH_BACK",
        "POINTS_ON_ALL_PURCHASES",
        "BONUS",
        "POINTS_WITH_PURCHASE",
        "CUSTOM",
    ]
    """What a parameter typed `PromotionType` also takes: one of its values, as is."""


__all__ = ["PromotionType"]
