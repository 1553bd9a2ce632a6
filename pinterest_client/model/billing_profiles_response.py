# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import Optional

from pinterest_client.model_utils import Field, Model


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

    _fields = (
        Field('advertiser_id', 'str', pattern='^\\d+$'),
        Field('billing_type', 'str', enum=('CREDIT_CARD', 'INVOICE', 'INTERNAL', 'RECURRING', 'PREPAID')),
        Field('card_type', 'str', enum=('UNKNOWN', 'VISA', 'MASTERCARD', 'AMERICAN_EXPRESS', 'DISCOVER', 'ELO')),
        Field('id', 'str', pattern='^\\d+$'),
        Field('payment_method_brand', 'str', enum=('UNKNOWN', 'VISA', 'MASTERCARD', 'AMERICAN_EXPRESS', 'DISCOVER', 'SOFORT', 'DINERS_CLUB', 'ELO', 'CARTE_BANCAIRE')),
        Field('status', 'str', enum=('UNSPECIFIED', 'VALID', 'INVALID', 'PENDING', 'DELETED', 'SECONDARY', 'PENDING_SECONDARY')),
    )
