# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class AdsCreditDiscountsResponse(Model):
    """AdsCreditDiscountsResponse (component schema `AdsCreditDiscountsResponse`)."""

    active: Optional[bool] = Field("bool")
    """True if the offer code is currently active."""

    advertiser_id: Optional[str] = Field("str", pattern="^\\d+$")
    """Advertiser ID the offer was applied to."""

    discount_currency: Optional[str] = Field("str", wire="discountCurrency", nullable=True)
    """Currency value for the discount."""

    discount_in_micro_currency: Optional[float] = Field("float", wire="discountInMicroCurrency", nullable=True)
    """The discount applied in the offer’s currency value."""

    discount_type: Optional[str] = Field(
        "str",
        wire="discountType",
        nullable=True,
        enum=(
            "COUPON",
            "CREDIT",
            "COUPON_APPLIED",
            "CREDIT_APPLIED",
            "MARKETING_OFFER_CREDIT",
            "MARKETING_OFFER_CREDIT_APPLIED",
            "GOODWILL_CREDIT",
            "GOODWILL_CREDIT_APPLIED",
            "INTERNAL_CREDIT",
            "INTERNAL_CREDIT_APPLIED",
            "PREPAID_CREDIT",
            "PREPAID_CREDIT_APPLIED",
            "SALES_INCENTIVE_CREDIT",
            "SALES_INCENTIVE_CREDIT_APPLIED",
            "CREDIT_EXPIRED",
            "FUTURE_CREDIT",
            "REFERRAL_CREDIT",
            "INVOICE_SALES_INCENTIVE_CREDIT",
            "INVOICE_SALES_INCENTIVE_CREDIT_APPLIED",
            "PREPAID_CREDIT_REFUND",
        ),
    )
    """The type of discount of this credit"""

    remaining_discount_in_micro_currency: Optional[float] = Field(
        "float", wire="remainingDiscountInMicroCurrency", nullable=True
    )
    """The credits left to spend."""

    title: Optional[str] = Field("str", nullable=True)
    """Human readable title of the offer code."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            active: Optional[bool] = ...,
            advertiser_id: Optional[str] = ...,
            discount_currency: Optional[str] = ...,
            discount_in_micro_currency: Optional[float] = ...,
            discount_type: Optional[str] = ...,
            remaining_discount_in_micro_currency: Optional[float] = ...,
            title: Optional[str] = ...,
        ) -> None: ...


__all__ = ["AdsCreditDiscountsResponse"]
