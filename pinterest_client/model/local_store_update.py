# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional, Union

    from pinterest_client.model.country import Country, CountryValue


class LocalStoreUpdate(Model):
    """LocalStoreUpdate (component schema `LocalStoreUpdate`)."""

    address_primary: Optional[str] = Field("str")
    """Primary address line of the store."""

    address_secondary: Optional[str] = Field("str")
    """Secondary address line of the store."""

    city: Optional[str] = Field("str")
    """City where the store is located."""

    country: Optional[Union[Country, str]] = Field("Country")
    """Country code where the store is located."""

    id: str = Field("str", required=True, pattern="^\\d+$")
    """The ID of the local store."""

    latitude: Optional[float] = Field("float")
    """Geographic latitude coordinate of the store."""

    longitude: Optional[float] = Field("float")
    """Geographic longitude coordinate of the store."""

    name: Optional[str] = Field("str")
    """The name of the local store."""

    postal_code: Optional[str] = Field("str")
    """Postal or ZIP code of the store."""

    region: Optional[str] = Field("str")
    """State or region code where the store is located."""

    store_code: Optional[str] = Field("str")
    """Merchant provided code for the local store. Unique within the merchant's catalog."""

    _positional = ("id",)

    if TYPE_CHECKING:

        def __init__(
            self,
            id: str,
            *,
            address_primary: Optional[str] = ...,
            address_secondary: Optional[str] = ...,
            city: Optional[str] = ...,
            country: Optional[Union[Country, CountryValue]] = ...,
            latitude: Optional[float] = ...,
            longitude: Optional[float] = ...,
            name: Optional[str] = ...,
            postal_code: Optional[str] = ...,
            region: Optional[str] = ...,
            store_code: Optional[str] = ...,
        ) -> None: ...


__all__ = ["LocalStoreUpdate"]
