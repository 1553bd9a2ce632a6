# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional, Union

    from pinterest_client.model.country import Country, CountryValue
    from pinterest_client.model.currency import Currency, CurrencyValue


class AdAccountCreate(Model):
    """Resource create operation model."""

    country: Optional[Union[Country, str]] = Field("Country")
    """Country ID from ISO 3166-1 alpha-2."""

    currency: Optional[Union[Currency, str]] = Field("Currency")
    """Currency Codes from ISO 4217"""

    name: Optional[str] = Field("str", max_length=256)
    """Ad account name."""

    owner_user_id: Optional[str] = Field("str", pattern="^\\d+$")
    """Advertiser's owning user ID."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            country: Optional[Union[Country, CountryValue]] = ...,
            currency: Optional[Union[Currency, CurrencyValue]] = ...,
            name: Optional[str] = ...,
            owner_user_id: Optional[str] = ...,
        ) -> None: ...


__all__ = ["AdAccountCreate"]
