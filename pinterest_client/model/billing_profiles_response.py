# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class BillingProfilesResponse(Model):
    """BillingProfilesResponse (component schema `BillingProfilesResponse`)."""

    advertiser_id: Optional[str] = Field("str", pattern="^\\d+$")
    """Advertiser ID of the billing."""

    billing_type: Optional[str] = Field("str", enum=("CREDIT_CARD", "INVOICE", "INTERNAL", "RECURRING", "PREPAID"))
    """Billing type of the advertiser"""

    card_type: Optional[str] = Field(
        "str", enum=("UNKNOWN", "VISA", "MASTERCARD", "AMERICAN_EXPRESS", "DISCOVER", "ELO")
    )
    """Type of the card."""

    id: Optional[str] = Field("str", pattern="^\\d+$")
    """Billing ID."""

    payment_method_brand: Optional[str] = Field(
        "str",
        enum=(
            "UNKNOWN",
            "VISA",
            "MASTERCARD",
            "AMERICAN_EXPRESS",
            "DISCOVER",
            "SOFORT",
            "DINERS_CLUB",
            "ELO",
            "CARTE_BANCAIRE",
        ),
    )
    """Brand of the payment method."""

    status: Optional[str] = Field(
        "str", enum=("UNSPECIFIED", "VALID", "INVALID", "PENDING", "DELETED", "SECONDARY", "PENDING_SECONDARY")
    )
    """Status of the billing."""

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
