# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.catalogs_hotel_address import CatalogsHotelAddress
    from pinterest_client.model.catalogs_hotel_guest_ratings import CatalogsHotelGuestRatings


class CatalogsUpdatableHotelAttributes(Model):
    """CatalogsUpdatableHotelAttributes (component schema)."""

    address: Optional[CatalogsHotelAddress] = Field("CatalogsHotelAddress")
    """Hotel address"""

    base_price: Optional[str] = Field("str", nullable=True)
    """Base price of the hotel room per night followed by the ISO currency code"""

    brand: Optional[str] = Field("str", nullable=True)
    """The brand to which this hotel belongs to."""

    category: Optional[str] = Field("str", nullable=True)
    """The type of property. The category can be any type of internal description desired."""

    custom_label_0: Optional[str] = Field("str", nullable=True)
    """Custom grouping of hotels"""

    custom_label_1: Optional[str] = Field("str", nullable=True)
    """Custom grouping of hotels"""

    custom_label_2: Optional[str] = Field("str", nullable=True)
    """Custom grouping of hotels"""

    custom_label_3: Optional[str] = Field("str", nullable=True)
    """Custom grouping of hotels"""

    custom_label_4: Optional[str] = Field("str", nullable=True)
    """Custom grouping of hotels"""

    description: Optional[str] = Field("str", nullable=True)
    """Brief description of the hotel."""

    guest_ratings: Optional[CatalogsHotelGuestRatings] = Field("CatalogsHotelGuestRatings")
    """If specified, you must provide all properties"""

    latitude: Optional[float] = Field("float")
    """Latitude of the hotel."""

    link: Optional[str] = Field("str", nullable=True)
    """Link to the product page"""

    longitude: Optional[float] = Field("float", nullable=True)
    """Longitude of the hotel."""

    name: Optional[str] = Field("str", nullable=True)
    """The hotel's name."""

    neighborhood: Optional[List[str]] = Field("list[str]", nullable=True)
    """A list of neighborhoods where the hotel is located"""

    sale_price: Optional[str] = Field("str", nullable=True)
    """Sale price of a hotel room per night. Used to advertise discounts off the regular price of the hotel."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            address: Optional[CatalogsHotelAddress] = ...,
            base_price: Optional[str] = ...,
            brand: Optional[str] = ...,
            category: Optional[str] = ...,
            custom_label_0: Optional[str] = ...,
            custom_label_1: Optional[str] = ...,
            custom_label_2: Optional[str] = ...,
            custom_label_3: Optional[str] = ...,
            custom_label_4: Optional[str] = ...,
            description: Optional[str] = ...,
            guest_ratings: Optional[CatalogsHotelGuestRatings] = ...,
            latitude: Optional[float] = ...,
            link: Optional[str] = ...,
            longitude: Optional[float] = ...,
            name: Optional[str] = ...,
            neighborhood: Optional[List[str]] = ...,
            sale_price: Optional[str] = ...,
        ) -> None: ...


__all__ = ["CatalogsUpdatableHotelAttributes"]
