# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional, Union

    from pinterest_client.model.country import Country


class LocalStoreUpdate(Model):
    """LocalStoreUpdate (component schema `LocalStoreUpdate`)."""

    address_primary: Optional[str]
    """Primary address line of the store."""

    address_secondary: Optional[str]
    """Secondary address line of the store."""

    city: Optional[str]
    """City where the store is located."""

    country: Optional[Union[Country, str]]
    """Country code where the store is located."""

    id: str
    """The ID of the local store."""

    latitude: Optional[float]
    """Geographic latitude coordinate of the store."""

    longitude: Optional[float]
    """Geographic longitude coordinate of the store."""

    name: Optional[str]
    """The name of the local store."""

    postal_code: Optional[str]
    """Postal or ZIP code of the store."""

    region: Optional[str]
    """State or region code where the store is located."""

    store_code: Optional[str]
    """Merchant provided code for the local store. Unique within the merchant's catalog."""

    _spec = (
        ('address_primary', 'str'),
        ('address_secondary', 'str'),
        ('city', 'str'),
        ('country', 'Country'),
        ('id', 'str', 'required', {'pattern': '^\\d+$'}),
        ('latitude', 'float'),
        ('longitude', 'float'),
        ('name', 'str'),
        ('postal_code', 'str'),
        ('region', 'str'),
        ('store_code', 'str'),
    )
    _positional = ('id',)

    if TYPE_CHECKING:

        def __init__(
            self,
            id: str,
            *,
            address_primary: Optional[str] = ...,
            address_secondary: Optional[str] = ...,
            city: Optional[str] = ...,
            country: Optional[Union[Country, str]] = ...,
            latitude: Optional[float] = ...,
            longitude: Optional[float] = ...,
            name: Optional[str] = ...,
            postal_code: Optional[str] = ...,
            region: Optional[str] = ...,
            store_code: Optional[str] = ...,
        ) -> None: ...


__all__ = ["LocalStoreUpdate"]
