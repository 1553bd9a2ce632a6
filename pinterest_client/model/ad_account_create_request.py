# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional, Union

    from pinterest_client.model.country import Country, CountryValue


class AdAccountCreateRequest(Model):
    """Deprecated: from Pinterest's spec 5.14.0, no longer in the current spec; kept for code written against the
    original client.

    AdAccountCreate
    """

    country: Optional[Union[Country, str]] = Field("Country")
    """Country ID from ISO 3166-1 alpha-2."""

    name: Optional[str] = Field("str", max_length=256)
    """Ad Account name."""

    owner_user_id: Optional[str] = Field("str", pattern="^\\d+$")
    """Advertiser's owning user ID."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            country: Optional[Union[Country, CountryValue]] = ...,
            name: Optional[str] = ...,
            owner_user_id: Optional[str] = ...,
        ) -> None: ...


__all__ = ["AdAccountCreateRequest"]
