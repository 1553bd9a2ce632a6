# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional, Union

    from pinterest_client.model.currency import Currency, CurrencyValue


class SSIOCreateInsertionOrderRequest(Model):
    """SSIOCreateInsertionOrderRequest (component schema `SSIOCreateInsertionOrderRequest`)."""

    agency_link: Optional[str] = Field("str")
    """URL link for agency"""

    billing_contact_email: str = Field("str", required=True)
    """The billing contact email"""

    billing_contact_firstname: str = Field("str", required=True)
    """The billing contact first name"""

    billing_contact_lastname: str = Field("str", required=True)
    """The billing contact last name"""

    budget_amount: Optional[float] = Field("float")
    """If Budget order line, the budget amount."""

    end_date: Optional[str] = Field("str", pattern="^(\\d{4})-(\\d{2})-(\\d{2})$")
    """End date of time period. Format: YYYY-MM-DD"""

    media_contact_email: str = Field("str", required=True)
    """The media contact email"""

    media_contact_firstname: str = Field("str", required=True)
    """The media contact first name"""

    media_contact_lastname: str = Field("str", required=True)
    """The media contact last name"""

    po_number: str = Field("str", required=True)
    """The po number"""

    start_date: str = Field("str", required=True, pattern="^(\\d{4})-(\\d{2})-(\\d{2})$")
    """Starting date of time period. Format: YYYY-MM-DD"""

    user_email: Optional[str] = Field("str")
    """The email of user submitting the insertion order"""

    accepted_terms_id: str = Field("str", required=True)
    """The SFDC id for the terms"""

    accepted_terms_time: Optional[int] = Field("int")
    """The UTC timestamp (to the nearest sec) of when terms were accepted"""

    billto_billing_address_id: str = Field("str", required=True)
    """The bill-to billing address id"""

    billto_business_address_id: str = Field("str", required=True)
    """The bill-to business address id"""

    billto_company_id: str = Field("str", required=True)
    """The bill-to company id"""

    currency_info: Union[Currency, str] = Field("Currency", required=True)
    """Currency Codes from ISO 4217"""

    estimated_monthly_spend: Optional[float] = Field("float")
    """If Ongoing (perpetual) order line, the estimated monthly spend"""

    order_line_type: str = Field("str", required=True, enum=("BUDGET", "PERPETUALS"))
    """Type can be Budget or Perpetual"""

    order_name: str = Field("str", required=True)
    """The order name"""

    pmp_id: str = Field("str", required=True)
    """The pmp id"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            agency_link: Optional[str] = ...,
            billing_contact_email: Optional[str] = ...,
            billing_contact_firstname: Optional[str] = ...,
            billing_contact_lastname: Optional[str] = ...,
            budget_amount: Optional[float] = ...,
            end_date: Optional[str] = ...,
            media_contact_email: Optional[str] = ...,
            media_contact_firstname: Optional[str] = ...,
            media_contact_lastname: Optional[str] = ...,
            po_number: Optional[str] = ...,
            start_date: Optional[str] = ...,
            user_email: Optional[str] = ...,
            accepted_terms_id: Optional[str] = ...,
            accepted_terms_time: Optional[int] = ...,
            billto_billing_address_id: Optional[str] = ...,
            billto_business_address_id: Optional[str] = ...,
            billto_company_id: Optional[str] = ...,
            currency_info: Optional[Union[Currency, CurrencyValue]] = ...,
            estimated_monthly_spend: Optional[float] = ...,
            order_line_type: Optional[str] = ...,
            order_name: Optional[str] = ...,
            pmp_id: Optional[str] = ...,
        ) -> None: ...


__all__ = ["SSIOCreateInsertionOrderRequest"]
