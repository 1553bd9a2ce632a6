# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional


class AdsCreditDiscountsResponse(Model):
    """AdsCreditDiscountsResponse (component schema `AdsCreditDiscountsResponse`)."""

    active: Optional[bool]
    """True if the offer code is currently active."""

    advertiser_id: Optional[str]
    """Advertiser ID the offer was applied to."""

    discount_currency: Optional[str]
    """Currency value for the discount."""

    discount_in_micro_currency: Optional[float]
    """The discount applied in the offer’s currency value."""

    discount_type: Optional[str]
    """The type of discount of this credit"""

    remaining_discount_in_micro_currency: Optional[float]
    """The credits left to spend."""

    title: Optional[str]
    """Human readable title of the offer code."""

    _spec = (
        ('active', 'bool'),
        ('advertiser_id', 'str', '', {'pattern': '^\\d+$'}),
        ('discountCurrency', 'str', 'nullable', None, 'discount_currency'),
        ('discountInMicroCurrency', 'float', 'nullable', None, 'discount_in_micro_currency'),
        ('discountType', 'str', 'nullable', {'enum': ('COUPON', 'CREDIT', 'COUPON_APPLIED', 'CREDIT_APPLIED', 'MARKETING_OFFER_CREDIT', 'MARKETING_OFFER_CREDIT_APPLIED', 'GOODWILL_CREDIT', 'GOODWILL_CREDIT_APPLIED', 'INTERNAL_CREDIT', 'INTERNAL_CREDIT_APPLIED', 'PREPAID_CREDIT', 'PREPAID_CREDIT_APPLIED', 'SALES_INCENTIVE_CREDIT', 'SALES_INCENTIVE_CREDIT_APPLIED', 'CREDIT_EXPIRED', 'FUTURE_CREDIT', 'REFERRAL_CREDIT', 'INVOICE_SALES_INCENTIVE_CREDIT', 'INVOICE_SALES_INCENTIVE_CREDIT_APPLIED', 'PREPAID_CREDIT_REFUND')}, 'discount_type'),
        ('remainingDiscountInMicroCurrency', 'float', 'nullable', None, 'remaining_discount_in_micro_currency'),
        ('title', 'str', 'nullable'),
    )

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
