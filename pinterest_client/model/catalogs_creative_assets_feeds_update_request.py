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


class CatalogsCreativeAssetsFeedsUpdateRequest(Model):
    """Request object for updating a feed."""

    catalog_type: Union[CatalogsType, str] = Field("CatalogsType", required=True)
    """Type of the catalog entity."""

    credentials: Optional[CatalogsFeedCredentials] = Field("CatalogsFeedCredentials", nullable=True)
    """This field is **OPTIONAL**. Use this if your feed file requires username and password."""

    default_currency: Optional[Union[NullableCurrency, str]] = Field("NullableCurrency", nullable=True)
    """Currency Codes from ISO 4217."""

    format: Optional[Union[CatalogsFormat, str]] = Field("CatalogsFormat")
    """The file format of a feed."""

    location: Optional[str] = Field("str", pattern="^(http|https|ftp|sftp)://")
    """The URL where a feed is available for download. This URL is what Pinterest will use to download a feed for
    processing.
    """

    name: Optional[str] = Field("str")
    """A human-friendly name associated to a given feed."""

    preferred_processing_schedule: Optional[CatalogsFeedProcessingSchedule] = Field(
        "CatalogsFeedProcessingSchedule", nullable=True
    )
    """Daily processing schedule. This field is **OPTIONAL**. Use this to configure the preferred time for processing a
    feed (otherwise random).
    """

    status: Optional[Union[CatalogsStatus, str]] = Field("CatalogsStatus")
    """Status for catalogs entities. Present in catalogs_feed values. When a feed is deleted, the response will inform
    DELETED as status.
    """

    _positional = ("catalog_type",)
    _additional = None

    if TYPE_CHECKING:

        def __init__(
            self,
            catalog_type: Union[CatalogsType, CatalogsTypeValue],
            *,
            credentials: Optional[CatalogsFeedCredentials] = ...,
            default_currency: Optional[Union[NullableCurrency, NullableCurrencyValue]] = ...,
            format: Optional[Union[CatalogsFormat, CatalogsFormatValue]] = ...,
            location: Optional[str] = ...,
            name: Optional[str] = ...,
            preferred_processing_schedule: Optional[CatalogsFeedProcessingSchedule] = ...,
            status: Optional[Union[CatalogsStatus, CatalogsStatusValue]] = ...,
        ) -> None: ...


__all__ = ["CatalogsCreativeAssetsFeedsUpdateRequest"]
