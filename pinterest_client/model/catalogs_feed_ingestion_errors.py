# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class CatalogsFeedIngestionErrors(Model):
    """CatalogsFeedIngestionErrors (component schema)."""

    account_flagged: Optional[int] = Field("int", wire="ACCOUNT_FLAGGED")
    """We detected an issue with your account and are not currently ingesting your items. Please review our policies at
    policy.pinterest.com/community-guidelines#section-spam or contact us at help.pinterest.com/contact for more
    information.
    """

    fetch_google_sheet_not_shared: Optional[int] = Field("int", wire="FETCH_GOOGLE_SHEET_NOT_SHARED")
    """Update your Google Sheets sharing settings to 'Anyone with link' as a Viewer so that Pinterest can access your
    file.
    """

    image_file_not_accessible: Optional[int] = Field("int", wire="IMAGE_FILE_NOT_ACCESSIBLE")
    """Image files are unreadable. Please upload new files to continue."""

    image_file_not_found: Optional[int] = Field("int", wire="IMAGE_FILE_NOT_FOUND")
    """Image files are unreadable. Please upload new files to continue."""

    image_invalid_file: Optional[int] = Field("int", wire="IMAGE_INVALID_FILE")
    """Image files are unreadable. Please upload new files to continue."""

    image_level_internal_error: Optional[int] = Field("int", wire="IMAGE_LEVEL_INTERNAL_ERROR")
    """We experienced a technical difficulty and were unable to download some images. The next download attempt will
    happen in 24 hours.
    """

    image_malformed_url: Optional[int] = Field("int", wire="IMAGE_MALFORMED_URL")
    """Image files are unreadable. Please check your link and upload new files to continue."""

    large_product_count_decrease: Optional[int] = Field("int", wire="LARGE_PRODUCT_COUNT_DECREASE", enum=(1,))
    """The product count has decreased by more than 99% compared to the last successful ingestion."""

    line_level_internal_error: Optional[int] = Field("int", wire="LINE_LEVEL_INTERNAL_ERROR")
    """We experienced a technical difficulty and were unable to ingest this some items. The next ingestion will happen
    in 24 hours.
    """

    image_download_error: Optional[int] = Field("int", wire="IMAGE_DOWNLOAD_ERROR")
    """Deprecated: Pinterest dropped this property after spec 5.10.0. Some items include images that can't be found."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            account_flagged: Optional[int] = ...,
            fetch_google_sheet_not_shared: Optional[int] = ...,
            image_file_not_accessible: Optional[int] = ...,
            image_file_not_found: Optional[int] = ...,
            image_invalid_file: Optional[int] = ...,
            image_level_internal_error: Optional[int] = ...,
            image_malformed_url: Optional[int] = ...,
            large_product_count_decrease: Optional[int] = ...,
            line_level_internal_error: Optional[int] = ...,
            image_download_error: Optional[int] = ...,
        ) -> None: ...


__all__ = ["CatalogsFeedIngestionErrors"]
