# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Optional, Union

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
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

    _fields = (
        Field('address_primary', 'str'),
        Field('address_secondary', 'str'),
        Field('city', 'str'),
        Field('country', 'Country'),
        Field('id', 'str', required=True, pattern='^\\d+$'),
        Field('latitude', 'float'),
        Field('longitude', 'float'),
        Field('name', 'str'),
        Field('postal_code', 'str'),
        Field('region', 'str'),
        Field('store_code', 'str'),
    )
