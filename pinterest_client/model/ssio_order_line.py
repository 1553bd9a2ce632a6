# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Optional, Union

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
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

    _fields = (
        Field('accepted_terms_id', 'str', nullable=True),
        Field('accepted_terms_time', 'str', nullable=True, pattern='^(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2}):(\\d{2}).(\\d{3})Z$'),
        Field('ads_manager_order_line_id', 'str', nullable=True),
        Field('agency_link', 'str', nullable=True),
        Field('bill_to_company_name', 'str', nullable=True),
        Field('billing_contact_email', 'str', nullable=True),
        Field('billing_contact_firstname', 'str', nullable=True),
        Field('billing_contact_lastname', 'str', nullable=True),
        Field('budget_amount', 'float', nullable=True),
        Field('currency_info', 'Currency'),
        Field('end_date', 'date', nullable=True),
        Field('estimated_monthly_spend', 'float', nullable=True),
        Field('last_modified_date_time', 'str', nullable=True, pattern='^(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2}):(\\d{2}).(\\d{3})Z$'),
        Field('media_contact_email', 'str', nullable=True),
        Field('media_contact_firstname', 'str', nullable=True),
        Field('media_contact_lastname', 'str', nullable=True),
        Field('order_name', 'str', nullable=True),
        Field('pin_order_id', 'str', nullable=True),
        Field('pmp_name', 'str', nullable=True),
        Field('po_number', 'str', nullable=True),
        Field('salesforce_order_line_id', 'str', nullable=True),
        Field('start_date', 'date', nullable=True),
    )
