# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    import datetime
    from typing import Optional, Union

    from pinterest_client.model.currency import Currency


class SSIOOrderLine(Model):
    """SSIOOrderLine (component schema `SSIOOrderLine`)."""

    accepted_terms_id: Optional[str]
    """The SFDC id for the terms"""

    accepted_terms_time: Optional[str]
    """The UTC timestamp (to the nearest sec) of when terms were accepted"""

    ads_manager_order_line_id: Optional[str]
    """Ads manager OrderLineId"""

    agency_link: Optional[str]
    """Agency link"""

    bill_to_company_name: Optional[str]
    """Bill To Company name"""

    billing_contact_email: Optional[str]
    """Billing contact email"""

    billing_contact_firstname: Optional[str]
    """Billing contact first name"""

    billing_contact_lastname: Optional[str]
    """Billing contact last name"""

    budget_amount: Optional[float]
    """If Budget order line, the budget amount."""

    currency_info: Optional[Union[Currency, str]]
    """Currency Codes from ISO 4217"""

    end_date: Optional[datetime.date]
    """End date of the order line."""

    estimated_monthly_spend: Optional[float]
    """If Ongoing (perpetual) order line, the estimated monthly spend"""

    last_modified_date_time: Optional[str]
    """Last modified date."""

    media_contact_email: Optional[str]
    """Billing media email"""

    media_contact_firstname: Optional[str]
    """Billing contact first name"""

    media_contact_lastname: Optional[str]
    """Billing contact first name"""

    order_name: Optional[str]
    """The order name"""

    pin_order_id: Optional[str]
    """The pin order id associated with the order line in SFDC"""

    pmp_name: Optional[str]
    """The Pinterest marketing partner name"""

    po_number: Optional[str]
    """The po number"""

    salesforce_order_line_id: Optional[str]
    """OrderLineId in SFDC"""

    start_date: Optional[datetime.date]
    """Start date of the order line."""

    _spec = (
        ('accepted_terms_id', 'str', 'nullable'),
        ('accepted_terms_time', 'str', 'nullable', {'pattern': '^(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2}):(\\d{2}).(\\d{3})Z$'}),
        ('ads_manager_order_line_id', 'str', 'nullable'),
        ('agency_link', 'str', 'nullable'),
        ('bill_to_company_name', 'str', 'nullable'),
        ('billing_contact_email', 'str', 'nullable'),
        ('billing_contact_firstname', 'str', 'nullable'),
        ('billing_contact_lastname', 'str', 'nullable'),
        ('budget_amount', 'float', 'nullable'),
        ('currency_info', 'Currency'),
        ('end_date', 'date', 'nullable'),
        ('estimated_monthly_spend', 'float', 'nullable'),
        ('last_modified_date_time', 'str', 'nullable', {'pattern': '^(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2}):(\\d{2}).(\\d{3})Z$'}),
        ('media_contact_email', 'str', 'nullable'),
        ('media_contact_firstname', 'str', 'nullable'),
        ('media_contact_lastname', 'str', 'nullable'),
        ('order_name', 'str', 'nullable'),
        ('pin_order_id', 'str', 'nullable'),
        ('pmp_name', 'str', 'nullable'),
        ('po_number', 'str', 'nullable'),
        ('salesforce_order_line_id', 'str', 'nullable'),
        ('start_date', 'date', 'nullable'),
    )

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
            currency_info: Optional[Union[Currency, str]] = ...,
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
