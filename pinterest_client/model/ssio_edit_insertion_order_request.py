# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import Optional

from pinterest_client.model_utils import Field, Model


class SSIOEditInsertionOrderRequest(Model):
    """SSIOEditInsertionOrderRequest (component schema `SSIOEditInsertionOrderRequest`)."""

    agency_link: Optional[str]
    """URL link for agency"""

    billing_contact_email: Optional[str]
    """The billing contact email"""

    billing_contact_firstname: Optional[str]
    """The billing contact first name"""

    billing_contact_lastname: Optional[str]
    """The billing contact last name"""

    budget_amount: Optional[float]
    """If Budget order line, the budget amount."""

    end_date: Optional[str]
    """End date of time period. Format: YYYY-MM-DD"""

    media_contact_email: Optional[str]
    """The media contact email"""

    media_contact_firstname: Optional[str]
    """The media contact first name"""

    media_contact_lastname: Optional[str]
    """The media contact last name"""

    po_number: Optional[str]
    """The po number"""

    start_date: Optional[str]
    """Starting date of time period. Format: YYYY-MM-DD"""

    user_email: Optional[str]
    """The email of user submitting the insertion order"""

    ads_manager_order_line_id: Optional[str]
    """Ads manager OrderLineId"""

    oracle_line_id: Optional[str]
    """LineId in the Oracle DB"""

    salesforce_order_id: Optional[str]
    """OrderId in SFDC"""

    salesforce_order_line_id: Optional[str]
    """OrderLineId in SFDC"""

    _fields = (
        Field('agency_link', 'str'),
        Field('billing_contact_email', 'str'),
        Field('billing_contact_firstname', 'str'),
        Field('billing_contact_lastname', 'str'),
        Field('budget_amount', 'float'),
        Field('end_date', 'str', pattern='^(\\d{4})-(\\d{2})-(\\d{2})$'),
        Field('media_contact_email', 'str'),
        Field('media_contact_firstname', 'str'),
        Field('media_contact_lastname', 'str'),
        Field('po_number', 'str'),
        Field('start_date', 'str', pattern='^(\\d{4})-(\\d{2})-(\\d{2})$'),
        Field('user_email', 'str'),
        Field('ads_manager_order_line_id', 'str'),
        Field('oracle_line_id', 'str'),
        Field('salesforce_order_id', 'str'),
        Field('salesforce_order_line_id', 'str'),
    )
