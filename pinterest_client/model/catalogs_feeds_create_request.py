# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional, Union

    from pinterest_client.model.catalogs_feed_credentials import CatalogsFeedCredentials
    from pinterest_client.model.catalogs_feed_processing_schedule import CatalogsFeedProcessingSchedule
    from pinterest_client.model.catalogs_format import CatalogsFormat, CatalogsFormatValue
    from pinterest_client.model.catalogs_status import CatalogsStatus, CatalogsStatusValue
    from pinterest_client.model.country import Country, CountryValue
    from pinterest_client.model.nullable_currency import NullableCurrency, NullableCurrencyValue
    from pinterest_client.model.product_availability_type import ProductAvailabilityType, ProductAvailabilityTypeValue


class CatalogsFeedsCreateRequest(Model):
    """Request object for creating a feed. Please, be aware that "default_country" and "default_locale" are not required
    in the spec for forward compatibility but for now the API will not accept requests without those fields.
    """

    credentials: Optional[CatalogsFeedCredentials] = Field("CatalogsFeedCredentials", nullable=True)
    """This field is **OPTIONAL**. Use this if your feed file requires username and password."""

    default_availability: Optional[Union[ProductAvailabilityType, str]] = Field(
        "ProductAvailabilityType", nullable=True
    )
    """Default availability for products in a feed."""

    default_country: Optional[Union[Country, str]] = Field("Country")
    """Country ID from ISO 3166-1 alpha-2."""

    default_currency: Optional[Union[NullableCurrency, str]] = Field("NullableCurrency", nullable=True)
    """Currency Codes from ISO 4217."""

    default_locale: Optional[str] = Field("str")
    """The locale used within a feed for product descriptions."""

    format: Union[CatalogsFormat, str] = Field("CatalogsFormat", required=True)
    """The file format of a feed."""

    location: str = Field("str", required=True, pattern="^(http|https|ftp|sftp)://")
    """The URL where a feed is available for download. This URL is what Pinterest will use to download a feed for
    processing.
    """

    name: str = Field("str", required=True)
    """A human-friendly name associated to a given feed."""

    preferred_processing_schedule: Optional[CatalogsFeedProcessingSchedule] = Field(
        "CatalogsFeedProcessingSchedule", nullable=True
    )
    """Daily processing schedule. This field is **OPTIONAL**. Use this to configure the preferred time for processing a
    feed (otherwise random).
    """

    status: Optional[Union[CatalogsStatus, str]] = Field("CatalogsStatus")

    _positional = ("name", "format", "location")
    _additional = None

    if TYPE_CHECKING:

        def __init__(
            self,
            name: str,
            format: Union[CatalogsFormat, CatalogsFormatValue],
            location: str,
            *,
            credentials: Optional[CatalogsFeedCredentials] = ...,
            default_availability: Optional[Union[ProductAvailabilityType, ProductAvailabilityTypeValue]] = ...,
            default_country: Optional[Union[Country, CountryValue]] = ...,
            default_currency: Optional[Union[NullableCurrency, NullableCurrencyValue]] = ...,
            default_locale: Optional[str] = ...,
            preferred_processing_schedule: Optional[CatalogsFeedProcessingSchedule] = ...,
            status: Optional[Union[CatalogsStatus, CatalogsStatusValue]] = ...,
        ) -> None: ...


__all__ = ["CatalogsFeedsCreateRequest"]
