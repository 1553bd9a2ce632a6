# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    import datetime
    from typing import Optional, Union

    from pinterest_client.model.currency import Currency


class BillingInvoiceResponse(Model):
    """BillingInvoiceResponse (component schema `BillingInvoiceResponse`)."""

    ad_account_id: Optional[str]
    """The ID of the ad account this invoice belongs to"""

    ad_account_name: Optional[str]
    """The name of the ad account this invoice belongs to"""

    amount_billed_micro_currency: Optional[int]
    """The amount billed in this invoice. Denoted in micro currency"""

    amount_discount_micro_currency: Optional[int]
    """The discount in this invoice. Denoted in micro currency"""

    amount_net_micro_currency: Optional[int]
    """The net amount in this invoice. Denoted in micro currency"""

    amount_tax_micro_currency: Optional[int]
    """The tax in this invoice. Denoted in micro currency"""

    bill_to_country: Optional[str]
    """The country of the bill to address"""

    billing_period_end_date: Optional[datetime.date]
    """The end date of the billing period. Format: YYYY-MM-DD"""

    billing_period_start_date: Optional[datetime.date]
    """The start date of the billing period. Format: YYYY-MM-DD"""

    currency: Optional[Union[Currency, str]]
    """Currency Codes from ISO 4217"""

    document_type: Optional[str]
    """The type of the document"""

    id: Optional[str]
    """Unique identifier for the billing invoice"""

    invoice_due_date: Optional[datetime.date]
    """The date the invoice is due. Format: YYYY-MM-DD"""

    payment_terms: Optional[str]
    """The payment terms of the invoice"""

    status: Optional[str]
    """The status of the invoice"""

    _spec = (
        ('ad_account_id', 'str', '', {'pattern': '^\\d+$'}),
        ('ad_account_name', 'str'),
        ('amount_billed_micro_currency', 'int'),
        ('amount_discount_micro_currency', 'int', 'nullable'),
        ('amount_net_micro_currency', 'int', 'nullable'),
        ('amount_tax_micro_currency', 'int', 'nullable'),
        ('bill_to_country', 'str'),
        ('billing_period_end_date', 'date', '', {'pattern': '^(\\d{4})-(\\d{2})-(\\d{2})$'}),
        ('billing_period_start_date', 'date', '', {'pattern': '^(\\d{4})-(\\d{2})-(\\d{2})$'}),
        ('currency', 'Currency'),
        ('document_type', 'str', '', {'enum': ('INVOICE', 'CREDIT_MEMO')}),
        ('id', 'str', '', {'pattern': '^\\d+$'}),
        ('invoice_due_date', 'date', '', {'pattern': '^(\\d{4})-(\\d{2})-(\\d{2})$'}),
        ('payment_terms', 'str'),
        ('status', 'str', '', {'enum': ('OPEN', 'CLOSED')}),
    )

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
            currency: Optional[Union[Currency, str]] = ...,
            document_type: Optional[str] = ...,
            id: Optional[str] = ...,
            invoice_due_date: Optional[datetime.date] = ...,
            payment_terms: Optional[str] = ...,
            status: Optional[str] = ...,
        ) -> None: ...


__all__ = ["BillingInvoiceResponse"]
