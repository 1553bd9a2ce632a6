# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional

    from pinterest_client.model.catalogs_hotel_product_metadata import CatalogsHotelProductMetadata
    from pinterest_client.model.pin import Pin


class CatalogsHotelProduct(Model):
    """CatalogsHotelProduct (component schema `CatalogsHotelProduct`)."""

    catalog_type: str

    metadata: CatalogsHotelProductMetadata
    """Hotel product metadata entity"""

    pin: Pin
    """Pin model containing properties related to a Pinterest Pin."""

    _spec = (
        ('catalog_type', 'str', 'required', {'enum': ('HOTEL',)}),
        ('metadata', 'CatalogsHotelProductMetadata', 'required'),
        ('pin', 'Pin', 'required'),
    )
    _positional = ('metadata', 'pin')

    if TYPE_CHECKING:

        def __init__(
            self,
            metadata: CatalogsHotelProductMetadata,
            pin: Pin,
            *,
            catalog_type: Optional[str] = ...,
        ) -> None: ...


__all__ = ["CatalogsHotelProduct"]
