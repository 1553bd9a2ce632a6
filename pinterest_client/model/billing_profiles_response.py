# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional


class BillingProfilesResponse(Model):
    """BillingProfilesResponse (component schema `BillingProfilesResponse`)."""

    advertiser_id: Optional[str]
    """Advertiser ID of the billing."""

    billing_type: Optional[str]
    """Billing type of the advertiser"""

    card_type: Optional[str]
    """Type of the card."""

    id: Optional[str]
    """Billing ID."""

    payment_method_brand: Optional[str]
    """Brand of the payment method."""

    status: Optional[str]
    """Status of the billing."""

    _spec = (
        ('advertiser_id', 'str', '', {'pattern': '^\\d+$'}),
        ('billing_type', 'str', '', {'enum': ('CREDIT_CARD', 'INVOICE', 'INTERNAL', 'RECURRING', 'PREPAID')}),
        ('card_type', 'str', '', {'enum': ('UNKNOWN', 'VISA', 'MASTERCARD', 'AMERICAN_EXPRESS', 'DISCOVER', 'ELO')}),
        ('id', 'str', '', {'pattern': '^\\d+$'}),
        ('payment_method_brand', 'str', '', {'enum': ('UNKNOWN', 'VISA', 'MASTERCARD', 'AMERICAN_EXPRESS', 'DISCOVER', 'SOFORT', 'DINERS_CLUB', 'ELO', 'CARTE_BANCAIRE')}),
        ('status', 'str', '', {'enum': ('UNSPECIFIED', 'VALID', 'INVALID', 'PENDING', 'DELETED', 'SECONDARY', 'PENDING_SECONDARY')}),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            advertiser_id: Optional[str] = ...,
            billing_type: Optional[str] = ...,
            card_type: Optional[str] = ...,
            id: Optional[str] = ...,
            payment_method_brand: Optional[str] = ...,
            status: Optional[str] = ...,
        ) -> None: ...


__all__ = ["BillingProfilesResponse"]
