# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    import datetime
    from typing import Optional, Union

    from pinterest_client.model.currency import Currency, CurrencyValue


class BillingInvoiceResponse(Model):
    """BillingInvoiceResponse (component schema `BillingInvoiceResponse`)."""

    ad_account_id: Optional[str] = Field("str", pattern="^\\d+$")
    """The ID of the ad account this invoice belongs to"""

    ad_account_name: Optional[str] = Field("str")
    """The name of the ad account this invoice belongs to"""

    amount_billed_micro_currency: Optional[int] = Field("int")
    """The amount billed in this invoice. Denoted in micro currency"""

    amount_discount_micro_currency: Optional[int] = Field("int", nullable=True)
    """The discount in this invoice. Denoted in micro currency"""

    amount_net_micro_currency: Optional[int] = Field("int", nullable=True)
    """The net amount in this invoice. Denoted in micro currency"""

    amount_tax_micro_currency: Optional[int] = Field("int", nullable=True)
    """The tax in this invoice. Denoted in micro currency"""

    bill_to_country: Optional[str] = Field("str")
    """The country of the bill to address"""

    billing_period_end_date: Optional[datetime.date] = Field("date", pattern="^(\\d{4})-(\\d{2})-(\\d{2})$")
    """The end date of the billing period. Format: YYYY-MM-DD"""

    billing_period_start_date: Optional[datetime.date] = Field("date", pattern="^(\\d{4})-(\\d{2})-(\\d{2})$")
    """The start date of the billing period. Format: YYYY-MM-DD"""

    currency: Optional[Union[Currency, str]] = Field("Currency")
    """Currency Codes from ISO 4217"""

    document_type: Optional[str] = Field("str", enum=("INVOICE", "CREDIT_MEMO"))
    """The type of the document"""

    id: Optional[str] = Field("str", pattern="^\\d+$")
    """Unique identifier for the billing invoice"""

    invoice_due_date: Optional[datetime.date] = Field("date", pattern="^(\\d{4})-(\\d{2})-(\\d{2})$")
    """The date the invoice is due. Format: YYYY-MM-DD"""

    payment_terms: Optional[str] = Field("str")
    """The payment terms of the invoice"""

    status: Optional[str] = Field("str", enum=("OPEN", "CLOSED"))
    """The status of the invoice"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            ad_account_id: Optional[str] = ...,
            ad_account_name: Optional[str] = ...,
            amount_billed_micro_currency: Optional[int] = ...,
            amount_discount_micro_currency: Optional[int] = ...,
            amount_net_micro_currency: Optional[int] = ...,
            amount_tax_micro_currency: Optional[int] = ...,
            bill_to_country: Optional[str] = ...,
            billing_period_end_date: Optional[datetime.date] = ...,
            billing_period_start_date: Optional[datetime.date] = ...,
            currency: Optional[Union[Currency, CurrencyValue]] = ...,
            document_type: Optional[str] = ...,
            id: Optional[str] = ...,
            invoice_due_date: Optional[datetime.date] = ...,
            payment_terms: Optional[str] = ...,
            status: Optional[str] = ...,
        ) -> None: ...


__all__ = ["BillingInvoiceResponse"]
