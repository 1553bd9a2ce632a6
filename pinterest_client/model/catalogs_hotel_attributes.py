# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.catalogs_hotel_address import CatalogsHotelAddress
    from pinterest_client.model.catalogs_hotel_guest_ratings import CatalogsHotelGuestRatings


class CatalogsHotelAttributes(Model):
    """CatalogsHotelAttributes (component schema)."""

    additional_image_link: Optional[List[str]] = Field("list[str]", nullable=True)
    """<= 2000 characters

    The links to additional images for your hotel. Up to ten
    additional images can be used to show a hotel from different angles.
    Must begin with http:// or https://.
    """

    main_image: Optional[CatalogsHotelAttributesMainImage] = Field("CatalogsHotelAttributesMainImage")
    """The main hotel image"""

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
            additional_image_link: Optional[List[str]] = ...,
            main_image: Optional[CatalogsHotelAttributesMainImage] = ...,
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


class CatalogsHotelAttributesMainImage(Model):
    """The main hotel image"""

    link: Optional[str] = Field("str")
    """<= 2000 characters

    The link to the main hotel image. Image should be at least
    75x75 pixels to avoid errors. Use the additional_image_link field to add
    more images of your hotel. The URL of your main_image.link must be accessible
    by the Pinterest user-agent, and send the accurate image. Please make
    sure there is no template or placeholder image at the link. Must start
    with http:// or https://.
    """

    tag: Optional[List[str]] = Field("list[str]", nullable=True)
    """Tag appended to the image that identifies image category or details. There can be multiple tags associated with
    an image
    """

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            link: Optional[str] = ...,
            tag: Optional[List[str]] = ...,
        ) -> None: ...


__all__ = ["CatalogsHotelAttributes", "CatalogsHotelAttributesMainImage"]
