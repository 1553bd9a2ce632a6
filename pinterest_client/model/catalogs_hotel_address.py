# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class CatalogsHotelAddress(Model):
    """CatalogsHotelAddress (component schema)."""

    addr1: Optional[str] = Field("str")
    """Primary street address of hotel."""

    city: Optional[str] = Field("str")
    """City where the hotel is located."""

    country: Optional[str] = Field("str")
    """Country where the hotel is located."""

    postal_code: Optional[str] = Field("str")
    """Required for countries with a postal code system. Postal or zip code of the hotel."""

    region: Optional[str] = Field("str")
    """State, county, province, where the hotel is located."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            addr1: Optional[str] = ...,
            city: Optional[str] = ...,
            country: Optional[str] = ...,
            postal_code: Optional[str] = ...,
            region: Optional[str] = ...,
        ) -> None: ...


__all__ = ["CatalogsHotelAddress"]
