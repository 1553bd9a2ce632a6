# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class CatalogsFeedIngestionWarnings(Model):
    """CatalogsFeedIngestionWarnings (component schema)."""

    ad_image_download_content_read_error: Optional[int] = Field("int", wire="AD_IMAGE_DOWNLOAD_CONTENT_READ_ERROR")
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    ad_image_download_dns_lookup_error: Optional[int] = Field("int", wire="AD_IMAGE_DOWNLOAD_DNS_LOOKUP_ERROR")
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    ad_image_download_file_not_accessible: Optional[int] = Field("int", wire="AD_IMAGE_DOWNLOAD_FILE_NOT_ACCESSIBLE")
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    ad_image_download_file_not_found: Optional[int] = Field("int", wire="AD_IMAGE_DOWNLOAD_FILE_NOT_FOUND")
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    ad_image_download_http_status_400: Optional[int] = Field("int", wire="AD_IMAGE_DOWNLOAD_HTTP_STATUS_400")
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    ad_image_download_http_status_403: Optional[int] = Field("int", wire="AD_IMAGE_DOWNLOAD_HTTP_STATUS_403")
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    ad_image_download_http_status_404: Optional[int] = Field("int", wire="AD_IMAGE_DOWNLOAD_HTTP_STATUS_404")
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    ad_image_download_http_status_405: Optional[int] = Field("int", wire="AD_IMAGE_DOWNLOAD_HTTP_STATUS_405")
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    ad_image_download_http_status_410: Optional[int] = Field("int", wire="AD_IMAGE_DOWNLOAD_HTTP_STATUS_410")
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    ad_image_download_http_status_429: Optional[int] = Field("int", wire="AD_IMAGE_DOWNLOAD_HTTP_STATUS_429")
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    ad_image_download_http_status_500: Optional[int] = Field("int", wire="AD_IMAGE_DOWNLOAD_HTTP_STATUS_500")
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    ad_image_download_http_status_502: Optional[int] = Field("int", wire="AD_IMAGE_DOWNLOAD_HTTP_STATUS_502")
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    ad_image_download_http_status_503: Optional[int] = Field("int", wire="AD_IMAGE_DOWNLOAD_HTTP_STATUS_503")
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    ad_image_download_http_status_504: Optional[int] = Field("int", wire="AD_IMAGE_DOWNLOAD_HTTP_STATUS_504")
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    ad_image_download_http_status_507: Optional[int] = Field("int", wire="AD_IMAGE_DOWNLOAD_HTTP_STATUS_507")
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    ad_image_download_http_status_508: Optional[int] = Field("int", wire="AD_IMAGE_DOWNLOAD_HTTP_STATUS_508")
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    ad_image_download_http_status_520: Optional[int] = Field("int", wire="AD_IMAGE_DOWNLOAD_HTTP_STATUS_520")
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    ad_image_download_http_status_521: Optional[int] = Field("int", wire="AD_IMAGE_DOWNLOAD_HTTP_STATUS_521")
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    ad_image_download_http_status_522: Optional[int] = Field("int", wire="AD_IMAGE_DOWNLOAD_HTTP_STATUS_522")
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    ad_image_download_http_status_525: Optional[int] = Field("int", wire="AD_IMAGE_DOWNLOAD_HTTP_STATUS_525")
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    ad_image_download_internal_configuration_error: Optional[int] = Field(
        "int", wire="AD_IMAGE_DOWNLOAD_INTERNAL_CONFIGURATION_ERROR"
    )
    """We experienced a technical difficulty and were unable to download some additional images. The next download
    attempt will happen in 24 hours.
    """

    ad_image_download_internal_error: Optional[int] = Field("int", wire="AD_IMAGE_DOWNLOAD_INTERNAL_ERROR")
    """We experienced a technical difficulty and were unable to download some additional images. The next download
    attempt will happen in 24 hours.
    """

    ad_image_download_internal_failed_to_download: Optional[int] = Field(
        "int", wire="AD_IMAGE_DOWNLOAD_INTERNAL_FAILED_TO_DOWNLOAD"
    )
    """We experienced a technical difficulty and were unable to download some additional images. The next download
    attempt will happen in 24 hours.
    """

    ad_image_download_internal_malformed_url: Optional[int] = Field(
        "int", wire="AD_IMAGE_DOWNLOAD_INTERNAL_MALFORMED_URL"
    )
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    ad_image_download_internal_rate_limited: Optional[int] = Field(
        "int", wire="AD_IMAGE_DOWNLOAD_INTERNAL_RATE_LIMITED"
    )
    """We experienced a technical difficulty and were unable to download some additional images. The next download
    attempt will happen in 24 hours.
    """

    ad_image_download_internal_request_expired: Optional[int] = Field(
        "int", wire="AD_IMAGE_DOWNLOAD_INTERNAL_REQUEST_EXPIRED"
    )
    """We experienced a technical difficulty and were unable to download some additional images. The next download
    attempt will happen in 24 hours.
    """

    ad_image_download_invalid_file: Optional[int] = Field("int", wire="AD_IMAGE_DOWNLOAD_INVALID_FILE")
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    ad_image_download_site_error: Optional[int] = Field("int", wire="AD_IMAGE_DOWNLOAD_SITE_ERROR")
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    ad_image_download_site_timeout: Optional[int] = Field("int", wire="AD_IMAGE_DOWNLOAD_SITE_TIMEOUT")
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    ad_image_download_ssl_error: Optional[int] = Field("int", wire="AD_IMAGE_DOWNLOAD_SSL_ERROR")
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    ad_image_download_ssl_handshake_error: Optional[int] = Field("int", wire="AD_IMAGE_DOWNLOAD_SSL_HANDSHAKE_ERROR")
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    ad_image_processing_empty_file: Optional[int] = Field("int", wire="AD_IMAGE_PROCESSING_EMPTY_FILE")
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    ad_image_processing_height_too_small: Optional[int] = Field("int", wire="AD_IMAGE_PROCESSING_HEIGHT_TOO_SMALL")
    """Ad images must have a height larger than 75 pixels"""

    ad_image_processing_too_many_pixels: Optional[int] = Field("int", wire="AD_IMAGE_PROCESSING_TOO_MANY_PIXELS")
    """Ad images must have a maximum area (width x height) of less than 89478485 pixels"""

    ad_image_processing_type_mismatch: Optional[int] = Field("int", wire="AD_IMAGE_PROCESSING_TYPE_MISMATCH")
    """Some ad images could not be processed due to a file type mismatch."""

    ad_image_processing_width_too_small: Optional[int] = Field("int", wire="AD_IMAGE_PROCESSING_WIDTH_TOO_SMALL")
    """Ad images must have a width larger than 75 pixels"""

    ad_video_download_content_read_error: Optional[int] = Field("int", wire="AD_VIDEO_DOWNLOAD_CONTENT_READ_ERROR")
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    ad_video_download_dns_lookup_error: Optional[int] = Field("int", wire="AD_VIDEO_DOWNLOAD_DNS_LOOKUP_ERROR")
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    ad_video_download_file_not_accessible: Optional[int] = Field("int", wire="AD_VIDEO_DOWNLOAD_FILE_NOT_ACCESSIBLE")
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    ad_video_download_file_not_found: Optional[int] = Field("int", wire="AD_VIDEO_DOWNLOAD_FILE_NOT_FOUND")
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    ad_video_download_http_status_400: Optional[int] = Field("int", wire="AD_VIDEO_DOWNLOAD_HTTP_STATUS_400")
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    ad_video_download_http_status_403: Optional[int] = Field("int", wire="AD_VIDEO_DOWNLOAD_HTTP_STATUS_403")
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    ad_video_download_http_status_404: Optional[int] = Field("int", wire="AD_VIDEO_DOWNLOAD_HTTP_STATUS_404")
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    ad_video_download_http_status_405: Optional[int] = Field("int", wire="AD_VIDEO_DOWNLOAD_HTTP_STATUS_405")
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    ad_video_download_http_status_410: Optional[int] = Field("int", wire="AD_VIDEO_DOWNLOAD_HTTP_STATUS_410")
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    ad_video_download_http_status_429: Optional[int] = Field("int", wire="AD_VIDEO_DOWNLOAD_HTTP_STATUS_429")
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    ad_video_download_http_status_500: Optional[int] = Field("int", wire="AD_VIDEO_DOWNLOAD_HTTP_STATUS_500")
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    ad_video_download_http_status_502: Optional[int] = Field("int", wire="AD_VIDEO_DOWNLOAD_HTTP_STATUS_502")
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    ad_video_download_http_status_503: Optional[int] = Field("int", wire="AD_VIDEO_DOWNLOAD_HTTP_STATUS_503")
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    ad_video_download_http_status_504: Optional[int] = Field("int", wire="AD_VIDEO_DOWNLOAD_HTTP_STATUS_504")
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    ad_video_download_http_status_507: Optional[int] = Field("int", wire="AD_VIDEO_DOWNLOAD_HTTP_STATUS_507")
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    ad_video_download_http_status_508: Optional[int] = Field("int", wire="AD_VIDEO_DOWNLOAD_HTTP_STATUS_508")
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    ad_video_download_http_status_520: Optional[int] = Field("int", wire="AD_VIDEO_DOWNLOAD_HTTP_STATUS_520")
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    ad_video_download_http_status_521: Optional[int] = Field("int", wire="AD_VIDEO_DOWNLOAD_HTTP_STATUS_521")
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    ad_video_download_http_status_522: Optional[int] = Field("int", wire="AD_VIDEO_DOWNLOAD_HTTP_STATUS_522")
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    ad_video_download_http_status_525: Optional[int] = Field("int", wire="AD_VIDEO_DOWNLOAD_HTTP_STATUS_525")
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    ad_video_download_internal_configuration_error: Optional[int] = Field(
        "int", wire="AD_VIDEO_DOWNLOAD_INTERNAL_CONFIGURATION_ERROR"
    )
    """We experienced a technical difficulty and were unable to download some additional images. The next download
    attempt will happen in 24 hours.
    """

    ad_video_download_internal_error: Optional[int] = Field("int", wire="AD_VIDEO_DOWNLOAD_INTERNAL_ERROR")
    """We experienced a technical difficulty and were unable to download some additional images. The next download
    attempt will happen in 24 hours.
    """

    ad_video_download_internal_failed_to_download: Optional[int] = Field(
        "int", wire="AD_VIDEO_DOWNLOAD_INTERNAL_FAILED_TO_DOWNLOAD"
    )
    """We experienced a technical difficulty and were unable to download some additional images. The next download
    attempt will happen in 24 hours.
    """

    ad_video_download_internal_malformed_url: Optional[int] = Field(
        "int", wire="AD_VIDEO_DOWNLOAD_INTERNAL_MALFORMED_URL"
    )
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    ad_video_download_internal_rate_limited: Optional[int] = Field(
        "int", wire="AD_VIDEO_DOWNLOAD_INTERNAL_RATE_LIMITED"
    )
    """We experienced a technical difficulty and were unable to download some additional images. The next download
    attempt will happen in 24 hours.
    """

    ad_video_download_internal_request_expired: Optional[int] = Field(
        "int", wire="AD_VIDEO_DOWNLOAD_INTERNAL_REQUEST_EXPIRED"
    )
    """We experienced a technical difficulty and were unable to download some additional images. The next download
    attempt will happen in 24 hours.
    """

    ad_video_download_invalid_file: Optional[int] = Field("int", wire="AD_VIDEO_DOWNLOAD_INVALID_FILE")
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    ad_video_download_site_error: Optional[int] = Field("int", wire="AD_VIDEO_DOWNLOAD_SITE_ERROR")
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    ad_video_download_site_timeout: Optional[int] = Field("int", wire="AD_VIDEO_DOWNLOAD_SITE_TIMEOUT")
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    ad_video_download_ssl_error: Optional[int] = Field("int", wire="AD_VIDEO_DOWNLOAD_SSL_ERROR")
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    ad_video_download_ssl_handshake_error: Optional[int] = Field("int", wire="AD_VIDEO_DOWNLOAD_SSL_HANDSHAKE_ERROR")
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    ad_video_length_too_short: Optional[int] = Field("int", wire="AD_VIDEO_LENGTH_TOO_SHORT")
    """Ad videos length is too short. Please ensure that all ad videos are at least 4 seconds long."""

    ad_video_processing_empty_file: Optional[int] = Field("int", wire="AD_VIDEO_PROCESSING_EMPTY_FILE")
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    ad_video_processing_height_too_small: Optional[int] = Field("int", wire="AD_VIDEO_PROCESSING_HEIGHT_TOO_SMALL")
    """Ad videos must have a height larger than 75 pixels"""

    ad_video_processing_too_many_pixels: Optional[int] = Field("int", wire="AD_VIDEO_PROCESSING_TOO_MANY_PIXELS")
    """Ad videos must have a maximum area (width x height) of less than 89478485 pixels"""

    ad_video_processing_type_mismatch: Optional[int] = Field("int", wire="AD_VIDEO_PROCESSING_TYPE_MISMATCH")
    """Some ad videos could not be processed due to a file type mismatch."""

    ad_video_processing_width_too_small: Optional[int] = Field("int", wire="AD_VIDEO_PROCESSING_WIDTH_TOO_SMALL")
    """Ad videos must have a width larger than 75 pixels"""

    additional_image_file_not_accessible: Optional[int] = Field("int", wire="ADDITIONAL_IMAGE_FILE_NOT_ACCESSIBLE")
    """Additional image files are unreadable. Please upload new files to continue."""

    additional_image_file_not_found: Optional[int] = Field("int", wire="ADDITIONAL_IMAGE_FILE_NOT_FOUND")
    """Additional image files are unreadable. Please upload new files to continue."""

    additional_image_invalid_file: Optional[int] = Field("int", wire="ADDITIONAL_IMAGE_INVALID_FILE")
    """Additional image files are unreadable. Please upload new files to continue."""

    additional_image_level_internal_error: Optional[int] = Field("int", wire="ADDITIONAL_IMAGE_LEVEL_INTERNAL_ERROR")
    """We experienced a technical difficulty and were unable to download some additional images. The next download
    attempt will happen in 24 hours.
    """

    additional_image_malformed_url: Optional[int] = Field("int", wire="ADDITIONAL_IMAGE_MALFORMED_URL")
    """Additional image files are unreadable. Please check your link and upload new files to continue."""

    fetch_google_sheet_public_can_edit: Optional[int] = Field("int", wire="FETCH_GOOGLE_SHEET_PUBLIC_CAN_EDIT")
    """Update your Google Sheets sharing settings from 'Editor' to 'Viewer'."""

    hotel_price_header_is_present: Optional[int] = Field("int", wire="HOTEL_PRICE_HEADER_IS_PRESENT")
    """Price is not a supported column. Use base_price and sale_price instead."""

    video_download_video_too_short: Optional[int] = Field("int", wire="VIDEO_DOWNLOAD_VIDEO_TOO_SHORT")
    """Video length is too short. Please ensure that the main video is at least 4 seconds long."""

    video_file_not_accessible: Optional[int] = Field("int", wire="VIDEO_FILE_NOT_ACCESSIBLE")
    """Video files are unreadable. Please upload new files to continue."""

    video_file_not_found: Optional[int] = Field("int", wire="VIDEO_FILE_NOT_FOUND")
    """Video files are unreadable. Please upload new files to continue."""

    video_invalid_file: Optional[int] = Field("int", wire="VIDEO_INVALID_FILE")
    """Video files are unreadable. Please upload new files to continue."""

    video_level_internal_error: Optional[int] = Field("int", wire="VIDEO_LEVEL_INTERNAL_ERROR")
    """We experienced a technical difficulty and were unable to download some additional videos. The next download
    attempt will happen in 24 hours.
    """

    video_malformed_url: Optional[int] = Field("int", wire="VIDEO_MALFORMED_URL")
    """Video files are unreadable. Please check your link and upload new files to continue."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            ad_image_download_content_read_error: Optional[int] = ...,
            ad_image_download_dns_lookup_error: Optional[int] = ...,
            ad_image_download_file_not_accessible: Optional[int] = ...,
            ad_image_download_file_not_found: Optional[int] = ...,
            ad_image_download_http_status_400: Optional[int] = ...,
            ad_image_download_http_status_403: Optional[int] = ...,
            ad_image_download_http_status_404: Optional[int] = ...,
            ad_image_download_http_status_405: Optional[int] = ...,
            ad_image_download_http_status_410: Optional[int] = ...,
            ad_image_download_http_status_429: Optional[int] = ...,
            ad_image_download_http_status_500: Optional[int] = ...,
            ad_image_download_http_status_502: Optional[int] = ...,
            ad_image_download_http_status_503: Optional[int] = ...,
            ad_image_download_http_status_504: Optional[int] = ...,
            ad_image_download_http_status_507: Optional[int] = ...,
            ad_image_download_http_status_508: Optional[int] = ...,
            ad_image_download_http_status_520: Optional[int] = ...,
            ad_image_download_http_status_521: Optional[int] = ...,
            ad_image_download_http_status_522: Optional[int] = ...,
            ad_image_download_http_status_525: Optional[int] = ...,
            ad_image_download_internal_configuration_error: Optional[int] = ...,
            ad_image_download_internal_error: Optional[int] = ...,
            ad_image_download_internal_failed_to_download: Optional[int] = ...,
            ad_image_download_internal_malformed_url: Optional[int] = ...,
            ad_image_download_internal_rate_limited: Optional[int] = ...,
            ad_image_download_internal_request_expired: Optional[int] = ...,
            ad_image_download_invalid_file: Optional[int] = ...,
            ad_image_download_site_error: Optional[int] = ...,
            ad_image_download_site_timeout: Optional[int] = ...,
            ad_image_download_ssl_error: Optional[int] = ...,
            ad_image_download_ssl_handshake_error: Optional[int] = ...,
            ad_image_processing_empty_file: Optional[int] = ...,
            ad_image_processing_height_too_small: Optional[int] = ...,
            ad_image_processing_too_many_pixels: Optional[int] = ...,
            ad_image_processing_type_mismatch: Optional[int] = ...,
            ad_image_processing_width_too_small: Optional[int] = ...,
            ad_video_download_content_read_error: Optional[int] = ...,
            ad_video_download_dns_lookup_error: Optional[int] = ...,
            ad_video_download_file_not_accessible: Optional[int] = ...,
            ad_video_download_file_not_found: Optional[int] = ...,
            ad_video_download_http_status_400: Optional[int] = ...,
            ad_video_download_http_status_403: Optional[int] = ...,
            ad_video_download_http_status_404: Optional[int] = ...,
            ad_video_download_http_status_405: Optional[int] = ...,
            ad_video_download_http_status_410: Optional[int] = ...,
            ad_video_download_http_status_429: Optional[int] = ...,
            ad_video_download_http_status_500: Optional[int] = ...,
            ad_video_download_http_status_502: Optional[int] = ...,
            ad_video_download_http_status_503: Optional[int] = ...,
            ad_video_download_http_status_504: Optional[int] = ...,
            ad_video_download_http_status_507: Optional[int] = ...,
            ad_video_download_http_status_508: Optional[int] = ...,
            ad_video_download_http_status_520: Optional[int] = ...,
            ad_video_download_http_status_521: Optional[int] = ...,
            ad_video_download_http_status_522: Optional[int] = ...,
            ad_video_download_http_status_525: Optional[int] = ...,
            ad_video_download_internal_configuration_error: Optional[int] = ...,
            ad_video_download_internal_error: Optional[int] = ...,
            ad_video_download_internal_failed_to_download: Optional[int] = ...,
            ad_video_download_internal_malformed_url: Optional[int] = ...,
            ad_video_download_internal_rate_limited: Optional[int] = ...,
            ad_video_download_internal_request_expired: Optional[int] = ...,
            ad_video_download_invalid_file: Optional[int] = ...,
            ad_video_download_site_error: Optional[int] = ...,
            ad_video_download_site_timeout: Optional[int] = ...,
            ad_video_download_ssl_error: Optional[int] = ...,
            ad_video_download_ssl_handshake_error: Optional[int] = ...,
            ad_video_length_too_short: Optional[int] = ...,
            ad_video_processing_empty_file: Optional[int] = ...,
            ad_video_processing_height_too_small: Optional[int] = ...,
            ad_video_processing_too_many_pixels: Optional[int] = ...,
            ad_video_processing_type_mismatch: Optional[int] = ...,
            ad_video_processing_width_too_small: Optional[int] = ...,
            additional_image_file_not_accessible: Optional[int] = ...,
            additional_image_file_not_found: Optional[int] = ...,
            additional_image_invalid_file: Optional[int] = ...,
            additional_image_level_internal_error: Optional[int] = ...,
            additional_image_malformed_url: Optional[int] = ...,
            fetch_google_sheet_public_can_edit: Optional[int] = ...,
            hotel_price_header_is_present: Optional[int] = ...,
            video_download_video_too_short: Optional[int] = ...,
            video_file_not_accessible: Optional[int] = ...,
            video_file_not_found: Optional[int] = ...,
            video_invalid_file: Optional[int] = ...,
            video_level_internal_error: Optional[int] = ...,
            video_malformed_url: Optional[int] = ...,
        ) -> None: ...


__all__ = ["CatalogsFeedIngestionWarnings"]
