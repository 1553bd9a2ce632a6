# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional, Union

    from pinterest_client.model.ad_country import AdCountry, AdCountryValue


class AdAccountsCountryResponseData(Model):
    """AdAccountsCountryResponseData (component schema)."""

    code: Optional[Union[AdCountry, str]] = Field("AdCountry")
    """Country ID from ISO 3166-1 alpha-2."""

    currency: Optional[str] = Field("str")
    """Country currency."""

    index: Optional[float] = Field("float")
    """Country index"""

    name: Optional[str] = Field("str")
    """Country name"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            code: Optional[Union[AdCountry, AdCountryValue]] = ...,
            currency: Optional[str] = ...,
            index: Optional[float] = ...,
            name: Optional[str] = ...,
        ) -> None: ...


__all__ = ["AdAccountsCountryResponseData"]
