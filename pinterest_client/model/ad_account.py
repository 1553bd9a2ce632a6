# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional, Union

    from pinterest_client.model.ad_account_owner import AdAccountOwner
    from pinterest_client.model.business_access_role import BusinessAccessRole, BusinessAccessRoleValue
    from pinterest_client.model.country import Country, CountryValue
    from pinterest_client.model.currency import Currency, CurrencyValue


class AdAccount(Model):
    """AdAccount (component schema `AdAccount`)."""

    country: Optional[Union[Country, str]] = Field("Country")
    """Country ID from ISO 3166-1 alpha-2."""

    created_time: Optional[int] = Field("int", nullable=True, read_only=True)
    """Creation time. Unix timestamp in seconds."""

    currency: Optional[Union[Currency, str]] = Field("Currency")
    """Currency Codes from ISO 4217"""

    id: str = Field("str", required=True, max_length=18, pattern="^\\d+$")

    name: Optional[str] = Field("str", max_length=256)
    """Ad account name."""

    owner: Optional[AdAccountOwner] = Field("AdAccountOwner", read_only=True)
    """Ad account owner"""

    permissions: Optional[List[Union[BusinessAccessRole, str]]] = Field("list[BusinessAccessRole]", read_only=True)
    """permissions"""

    updated_time: Optional[int] = Field("int", nullable=True, read_only=True)
    """updated_time"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            country: Optional[Union[Country, CountryValue]] = ...,
            created_time: Optional[int] = ...,
            currency: Optional[Union[Currency, CurrencyValue]] = ...,
            id: Optional[str] = ...,
            name: Optional[str] = ...,
            owner: Optional[AdAccountOwner] = ...,
            permissions: Optional[List[Union[BusinessAccessRole, BusinessAccessRoleValue]]] = ...,
            updated_time: Optional[int] = ...,
        ) -> None: ...


__all__ = ["AdAccount"]
