# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class SSIOInsertionOrderCommon(Model):
    """SSIOInsertionOrderCommon (component schema `SSIOInsertionOrderCommon`)."""

    agency_link: Optional[str] = Field("str")
    """URL link for agency"""

    billing_contact_email: Optional[str] = Field("str")
    """The billing contact email"""

    billing_contact_firstname: Optional[str] = Field("str")
    """The billing contact first name"""

    billing_contact_lastname: Optional[str] = Field("str")
    """The billing contact last name"""

    budget_amount: Optional[float] = Field("float")
    """If Budget order line, the budget amount."""

    end_date: Optional[str] = Field("str", pattern="^(\\d{4})-(\\d{2})-(\\d{2})$")
    """End date of time period. Format: YYYY-MM-DD"""

    media_contact_email: Optional[str] = Field("str")
    """The media contact email"""

    media_contact_firstname: Optional[str] = Field("str")
    """The media contact first name"""

    media_contact_lastname: Optional[str] = Field("str")
    """The media contact last name"""

    po_number: Optional[str] = Field("str")
    """The po number"""

    start_date: Optional[str] = Field("str", pattern="^(\\d{4})-(\\d{2})-(\\d{2})$")
    """Starting date of time period. Format: YYYY-MM-DD"""

    user_email: Optional[str] = Field("str")
    """The email of user submitting the insertion order"""

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
        ) -> None: ...


__all__ = ["SSIOInsertionOrderCommon"]
