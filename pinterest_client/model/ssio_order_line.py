# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    import datetime
    from typing import Optional, Union

    from pinterest_client.model.currency import Currency, CurrencyValue


class SSIOOrderLine(Model):
    """SSIOOrderLine (component schema `SSIOOrderLine`)."""

    accepted_terms_id: Optional[str] = Field("str", nullable=True)
    """The SFDC id for the terms"""

    accepted_terms_time: Optional[str] = Field(
        "str", nullable=True, pattern="^(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2}):(\\d{2}).(\\d{3})Z$"
    )
    """The UTC timestamp (to the nearest sec) of when terms were accepted"""

    ads_manager_order_line_id: Optional[str] = Field("str", nullable=True)
    """Ads manager OrderLineId"""

    agency_link: Optional[str] = Field("str", nullable=True)
    """Agency link"""

    bill_to_company_name: Optional[str] = Field("str", nullable=True)
    """Bill To Company name"""

    billing_contact_email: Optional[str] = Field("str", nullable=True)
    """Billing contact email"""

    billing_contact_firstname: Optional[str] = Field("str", nullable=True)
    """Billing contact first name"""

    billing_contact_lastname: Optional[str] = Field("str", nullable=True)
    """Billing contact last name"""

    budget_amount: Optional[float] = Field("float", nullable=True)
    """If Budget order line, the budget amount."""

    currency_info: Optional[Union[Currency, str]] = Field("Currency")
    """Currency Codes from ISO 4217"""

    end_date: Optional[datetime.date] = Field("date", nullable=True)
    """End date of the order line."""

    estimated_monthly_spend: Optional[float] = Field("float", nullable=True)
    """If Ongoing (perpetual) order line, the estimated monthly spend"""

    last_modified_date_time: Optional[str] = Field(
        "str", nullable=True, pattern="^(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2}):(\\d{2}).(\\d{3})Z$"
    )
    """Last modified date."""

    media_contact_email: Optional[str] = Field("str", nullable=True)
    """Billing media email"""

    media_contact_firstname: Optional[str] = Field("str", nullable=True)
    """Billing contact first name"""

    media_contact_lastname: Optional[str] = Field("str", nullable=True)
    """Billing contact first name"""

    order_name: Optional[str] = Field("str", nullable=True)
    """The order name"""

    pin_order_id: Optional[str] = Field("str", nullable=True)
    """The pin order id associated with the order line in SFDC"""

    pmp_name: Optional[str] = Field("str", nullable=True)
    """The Pinterest marketing partner name"""

    po_number: Optional[str] = Field("str", nullable=True)
    """The po number"""

    salesforce_order_line_id: Optional[str] = Field("str", nullable=True)
    """OrderLineId in SFDC"""

    start_date: Optional[datetime.date] = Field("date", nullable=True)
    """Start date of the order line."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            accepted_terms_id: Optional[str] = ...,
            accepted_terms_time: Optional[str] = ...,
            ads_manager_order_line_id: Optional[str] = ...,
            agency_link: Optional[str] = ...,
            bill_to_company_name: Optional[str] = ...,
            billing_contact_email: Optional[str] = ...,
            billing_contact_firstname: Optional[str] = ...,
            billing_contact_lastname: Optional[str] = ...,
            budget_amount: Optional[float] = ...,
            currency_info: Optional[Union[Currency, CurrencyValue]] = ...,
            end_date: Optional[datetime.date] = ...,
            estimated_monthly_spend: Optional[float] = ...,
            last_modified_date_time: Optional[str] = ...,
            media_contact_email: Optional[str] = ...,
            media_contact_firstname: Optional[str] = ...,
            media_contact_lastname: Optional[str] = ...,
            order_name: Optional[str] = ...,
            pin_order_id: Optional[str] = ...,
            pmp_name: Optional[str] = ...,
            po_number: Optional[str] = ...,
            salesforce_order_line_id: Optional[str] = ...,
            start_date: Optional[datetime.date] = ...,
        ) -> None: ...


__all__ = ["SSIOOrderLine"]
