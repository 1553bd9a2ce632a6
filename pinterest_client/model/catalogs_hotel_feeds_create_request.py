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
    from pinterest_client.model.catalogs_type import CatalogsType, CatalogsTypeValue
    from pinterest_client.model.nullable_currency import NullableCurrency, NullableCurrencyValue


class CatalogsHotelFeedsCreateRequest(Model):
    """Request object for creating a feed. Please, be aware that "default_country" and "default_locale" are not required
    in the spec for forward compatibility but for now the API will not accept requests without those fields.
    """

    catalog_id: Optional[str] = Field("str", pattern="^\\d+$")
    """Catalog id pertaining to the feed. If not provided, feed will use a default catalog based on type. At the moment
    a catalog can not have multiple hotel feeds but this will change in the future.
    """

    catalog_type: Union[CatalogsType, str] = Field("CatalogsType", required=True)
    """Type of the catalog entity."""

    credentials: Optional[CatalogsFeedCredentials] = Field("CatalogsFeedCredentials", nullable=True)
    """This field is **OPTIONAL**. Use this if your feed file requires username and password."""

    default_currency: Optional[Union[NullableCurrency, str]] = Field("NullableCurrency", nullable=True)
    """Currency Codes from ISO 4217."""

    default_locale: str = Field("str", required=True)
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

    _positional = ("name", "format", "default_locale", "location", "catalog_type")
    _additional = None

    if TYPE_CHECKING:

        def __init__(
            self,
            name: str,
            format: Union[CatalogsFormat, CatalogsFormatValue],
            default_locale: str,
            location: str,
            catalog_type: Union[CatalogsType, CatalogsTypeValue],
            *,
            catalog_id: Optional[str] = ...,
            credentials: Optional[CatalogsFeedCredentials] = ...,
            default_currency: Optional[Union[NullableCurrency, NullableCurrencyValue]] = ...,
            preferred_processing_schedule: Optional[CatalogsFeedProcessingSchedule] = ...,
            status: Optional[Union[CatalogsStatus, CatalogsStatusValue]] = ...,
        ) -> None: ...


__all__ = ["CatalogsHotelFeedsCreateRequest"]
