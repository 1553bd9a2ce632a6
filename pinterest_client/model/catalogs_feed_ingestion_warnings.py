# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional


class CatalogsFeedIngestionWarnings(Model):
    """CatalogsFeedIngestionWarnings (component schema)."""

    ad_image_download_content_read_error: Optional[int]
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    ad_image_download_dns_lookup_error: Optional[int]
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    ad_image_download_file_not_accessible: Optional[int]
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    ad_image_download_file_not_found: Optional[int]
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    ad_image_download_http_status_400: Optional[int]
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    ad_image_download_http_status_403: Optional[int]
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    ad_image_download_http_status_404: Optional[int]
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    ad_image_download_http_status_405: Optional[int]
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    ad_image_download_http_status_410: Optional[int]
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    ad_image_download_http_status_429: Optional[int]
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    ad_image_download_http_status_500: Optional[int]
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    ad_image_download_http_status_502: Optional[int]
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    ad_image_download_http_status_503: Optional[int]
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    ad_image_download_http_status_504: Optional[int]
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    ad_image_download_http_status_507: Optional[int]
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    ad_image_download_http_status_508: Optional[int]
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    ad_image_download_http_status_520: Optional[int]
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    ad_image_download_http_status_521: Optional[int]
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    ad_image_download_http_status_522: Optional[int]
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    ad_image_download_http_status_525: Optional[int]
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    ad_image_download_internal_configuration_error: Optional[int]
    """We experienced a technical difficulty and were unable to download some additional images. The next download attempt will happen in 24 hours."""

    ad_image_download_internal_error: Optional[int]
    """We experienced a technical difficulty and were unable to download some additional images. The next download attempt will happen in 24 hours."""

    ad_image_download_internal_failed_to_download: Optional[int]
    """We experienced a technical difficulty and were unable to download some additional images. The next download attempt will happen in 24 hours."""

    ad_image_download_internal_malformed_url: Optional[int]
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    ad_image_download_internal_rate_limited: Optional[int]
    """We experienced a technical difficulty and were unable to download some additional images. The next download attempt will happen in 24 hours."""

    ad_image_download_internal_request_expired: Optional[int]
    """We experienced a technical difficulty and were unable to download some additional images. The next download attempt will happen in 24 hours."""

    ad_image_download_invalid_file: Optional[int]
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    ad_image_download_site_error: Optional[int]
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    ad_image_download_site_timeout: Optional[int]
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    ad_image_download_ssl_error: Optional[int]
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    ad_image_download_ssl_handshake_error: Optional[int]
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    ad_image_processing_empty_file: Optional[int]
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    ad_image_processing_height_too_small: Optional[int]
    """Ad images must have a height larger than 75 pixels"""

    ad_image_processing_too_many_pixels: Optional[int]
    """Ad images must have a maximum area (width x height) of less than 89478485 pixels"""

    ad_image_processing_type_mismatch: Optional[int]
    """Some ad images could not be processed due to a file type mismatch."""

    ad_image_processing_width_too_small: Optional[int]
    """Ad images must have a width larger than 75 pixels"""

    ad_video_download_content_read_error: Optional[int]
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    ad_video_download_dns_lookup_error: Optional[int]
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    ad_video_download_file_not_accessible: Optional[int]
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    ad_video_download_file_not_found: Optional[int]
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    ad_video_download_http_status_400: Optional[int]
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    ad_video_download_http_status_403: Optional[int]
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    ad_video_download_http_status_404: Optional[int]
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    ad_video_download_http_status_405: Optional[int]
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    ad_video_download_http_status_410: Optional[int]
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    ad_video_download_http_status_429: Optional[int]
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    ad_video_download_http_status_500: Optional[int]
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    ad_video_download_http_status_502: Optional[int]
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    ad_video_download_http_status_503: Optional[int]
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    ad_video_download_http_status_504: Optional[int]
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    ad_video_download_http_status_507: Optional[int]
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    ad_video_download_http_status_508: Optional[int]
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    ad_video_download_http_status_520: Optional[int]
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    ad_video_download_http_status_521: Optional[int]
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    ad_video_download_http_status_522: Optional[int]
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    ad_video_download_http_status_525: Optional[int]
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    ad_video_download_internal_configuration_error: Optional[int]
    """We experienced a technical difficulty and were unable to download some additional images. The next download attempt will happen in 24 hours."""

    ad_video_download_internal_error: Optional[int]
    """We experienced a technical difficulty and were unable to download some additional images. The next download attempt will happen in 24 hours."""

    ad_video_download_internal_failed_to_download: Optional[int]
    """We experienced a technical difficulty and were unable to download some additional images. The next download attempt will happen in 24 hours."""

    ad_video_download_internal_malformed_url: Optional[int]
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    ad_video_download_internal_rate_limited: Optional[int]
    """We experienced a technical difficulty and were unable to download some additional images. The next download attempt will happen in 24 hours."""

    ad_video_download_internal_request_expired: Optional[int]
    """We experienced a technical difficulty and were unable to download some additional images. The next download attempt will happen in 24 hours."""

    ad_video_download_invalid_file: Optional[int]
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    ad_video_download_site_error: Optional[int]
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    ad_video_download_site_timeout: Optional[int]
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    ad_video_download_ssl_error: Optional[int]
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    ad_video_download_ssl_handshake_error: Optional[int]
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    ad_video_length_too_short: Optional[int]
    """Ad videos length is too short. Please ensure that all ad videos are at least 4 seconds long."""

    ad_video_processing_empty_file: Optional[int]
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    ad_video_processing_height_too_small: Optional[int]
    """Ad videos must have a height larger than 75 pixels"""

    ad_video_processing_too_many_pixels: Optional[int]
    """Ad videos must have a maximum area (width x height) of less than 89478485 pixels"""

    ad_video_processing_type_mismatch: Optional[int]
    """Some ad videos could not be processed due to a file type mismatch."""

    ad_video_processing_width_too_small: Optional[int]
    """Ad videos must have a width larger than 75 pixels"""

    additional_image_file_not_accessible: Optional[int]
    """Additional image files are unreadable. Please upload new files to continue."""

    additional_image_file_not_found: Optional[int]
    """Additional image files are unreadable. Please upload new files to continue."""

    additional_image_invalid_file: Optional[int]
    """Additional image files are unreadable. Please upload new files to continue."""

    additional_image_level_internal_error: Optional[int]
    """We experienced a technical difficulty and were unable to download some additional images. The next download attempt will happen in 24 hours."""

    additional_image_malformed_url: Optional[int]
    """Additional image files are unreadable. Please check your link and upload new files to continue."""

    fetch_google_sheet_public_can_edit: Optional[int]
    """Update your Google Sheets sharing settings from 'Editor' to 'Viewer'."""

    hotel_price_header_is_present: Optional[int]
    """Price is not a supported column. Use base_price and sale_price instead."""

    video_download_video_too_short: Optional[int]
    """Video length is too short. Please ensure that the main video is at least 4 seconds long."""

    video_file_not_accessible: Optional[int]
    """Video files are unreadable. Please upload new files to continue."""

    video_file_not_found: Optional[int]
    """Video files are unreadable. Please upload new files to continue."""

    video_invalid_file: Optional[int]
    """Video files are unreadable. Please upload new files to continue."""

    video_level_internal_error: Optional[int]
    """We experienced a technical difficulty and were unable to download some additional videos. The next download attempt will happen in 24 hours."""

    video_malformed_url: Optional[int]
    """Video files are unreadable. Please check your link and upload new files to continue."""

    _spec = (
        ('AD_IMAGE_DOWNLOAD_CONTENT_READ_ERROR', 'int', '', None, 'ad_image_download_content_read_error'),
        ('AD_IMAGE_DOWNLOAD_DNS_LOOKUP_ERROR', 'int', '', None, 'ad_image_download_dns_lookup_error'),
        ('AD_IMAGE_DOWNLOAD_FILE_NOT_ACCESSIBLE', 'int', '', None, 'ad_image_download_file_not_accessible'),
        ('AD_IMAGE_DOWNLOAD_FILE_NOT_FOUND', 'int', '', None, 'ad_image_download_file_not_found'),
        ('AD_IMAGE_DOWNLOAD_HTTP_STATUS_400', 'int', '', None, 'ad_image_download_http_status_400'),
        ('AD_IMAGE_DOWNLOAD_HTTP_STATUS_403', 'int', '', None, 'ad_image_download_http_status_403'),
        ('AD_IMAGE_DOWNLOAD_HTTP_STATUS_404', 'int', '', None, 'ad_image_download_http_status_404'),
        ('AD_IMAGE_DOWNLOAD_HTTP_STATUS_405', 'int', '', None, 'ad_image_download_http_status_405'),
        ('AD_IMAGE_DOWNLOAD_HTTP_STATUS_410', 'int', '', None, 'ad_image_download_http_status_410'),
        ('AD_IMAGE_DOWNLOAD_HTTP_STATUS_429', 'int', '', None, 'ad_image_download_http_status_429'),
        ('AD_IMAGE_DOWNLOAD_HTTP_STATUS_500', 'int', '', None, 'ad_image_download_http_status_500'),
        ('AD_IMAGE_DOWNLOAD_HTTP_STATUS_502', 'int', '', None, 'ad_image_download_http_status_502'),
        ('AD_IMAGE_DOWNLOAD_HTTP_STATUS_503', 'int', '', None, 'ad_image_download_http_status_503'),
        ('AD_IMAGE_DOWNLOAD_HTTP_STATUS_504', 'int', '', None, 'ad_image_download_http_status_504'),
        ('AD_IMAGE_DOWNLOAD_HTTP_STATUS_507', 'int', '', None, 'ad_image_download_http_status_507'),
        ('AD_IMAGE_DOWNLOAD_HTTP_STATUS_508', 'int', '', None, 'ad_image_download_http_status_508'),
        ('AD_IMAGE_DOWNLOAD_HTTP_STATUS_520', 'int', '', None, 'ad_image_download_http_status_520'),
        ('AD_IMAGE_DOWNLOAD_HTTP_STATUS_521', 'int', '', None, 'ad_image_download_http_status_521'),
        ('AD_IMAGE_DOWNLOAD_HTTP_STATUS_522', 'int', '', None, 'ad_image_download_http_status_522'),
        ('AD_IMAGE_DOWNLOAD_HTTP_STATUS_525', 'int', '', None, 'ad_image_download_http_status_525'),
        ('AD_IMAGE_DOWNLOAD_INTERNAL_CONFIGURATION_ERROR', 'int', '', None, 'ad_image_download_internal_configuration_error'),
        ('AD_IMAGE_DOWNLOAD_INTERNAL_ERROR', 'int', '', None, 'ad_image_download_internal_error'),
        ('AD_IMAGE_DOWNLOAD_INTERNAL_FAILED_TO_DOWNLOAD', 'int', '', None, 'ad_image_download_internal_failed_to_download'),
        ('AD_IMAGE_DOWNLOAD_INTERNAL_MALFORMED_URL', 'int', '', None, 'ad_image_download_internal_malformed_url'),
        ('AD_IMAGE_DOWNLOAD_INTERNAL_RATE_LIMITED', 'int', '', None, 'ad_image_download_internal_rate_limited'),
        ('AD_IMAGE_DOWNLOAD_INTERNAL_REQUEST_EXPIRED', 'int', '', None, 'ad_image_download_internal_request_expired'),
        ('AD_IMAGE_DOWNLOAD_INVALID_FILE', 'int', '', None, 'ad_image_download_invalid_file'),
        ('AD_IMAGE_DOWNLOAD_SITE_ERROR', 'int', '', None, 'ad_image_download_site_error'),
        ('AD_IMAGE_DOWNLOAD_SITE_TIMEOUT', 'int', '', None, 'ad_image_download_site_timeout'),
        ('AD_IMAGE_DOWNLOAD_SSL_ERROR', 'int', '', None, 'ad_image_download_ssl_error'),
        ('AD_IMAGE_DOWNLOAD_SSL_HANDSHAKE_ERROR', 'int', '', None, 'ad_image_download_ssl_handshake_error'),
        ('AD_IMAGE_PROCESSING_EMPTY_FILE', 'int', '', None, 'ad_image_processing_empty_file'),
        ('AD_IMAGE_PROCESSING_HEIGHT_TOO_SMALL', 'int', '', None, 'ad_image_processing_height_too_small'),
        ('AD_IMAGE_PROCESSING_TOO_MANY_PIXELS', 'int', '', None, 'ad_image_processing_too_many_pixels'),
        ('AD_IMAGE_PROCESSING_TYPE_MISMATCH', 'int', '', None, 'ad_image_processing_type_mismatch'),
        ('AD_IMAGE_PROCESSING_WIDTH_TOO_SMALL', 'int', '', None, 'ad_image_processing_width_too_small'),
        ('AD_VIDEO_DOWNLOAD_CONTENT_READ_ERROR', 'int', '', None, 'ad_video_download_content_read_error'),
        ('AD_VIDEO_DOWNLOAD_DNS_LOOKUP_ERROR', 'int', '', None, 'ad_video_download_dns_lookup_error'),
        ('AD_VIDEO_DOWNLOAD_FILE_NOT_ACCESSIBLE', 'int', '', None, 'ad_video_download_file_not_accessible'),
        ('AD_VIDEO_DOWNLOAD_FILE_NOT_FOUND', 'int', '', None, 'ad_video_download_file_not_found'),
        ('AD_VIDEO_DOWNLOAD_HTTP_STATUS_400', 'int', '', None, 'ad_video_download_http_status_400'),
        ('AD_VIDEO_DOWNLOAD_HTTP_STATUS_403', 'int', '', None, 'ad_video_download_http_status_403'),
        ('AD_VIDEO_DOWNLOAD_HTTP_STATUS_404', 'int', '', None, 'ad_video_download_http_status_404'),
        ('AD_VIDEO_DOWNLOAD_HTTP_STATUS_405', 'int', '', None, 'ad_video_download_http_status_405'),
        ('AD_VIDEO_DOWNLOAD_HTTP_STATUS_410', 'int', '', None, 'ad_video_download_http_status_410'),
        ('AD_VIDEO_DOWNLOAD_HTTP_STATUS_429', 'int', '', None, 'ad_video_download_http_status_429'),
        ('AD_VIDEO_DOWNLOAD_HTTP_STATUS_500', 'int', '', None, 'ad_video_download_http_status_500'),
        ('AD_VIDEO_DOWNLOAD_HTTP_STATUS_502', 'int', '', None, 'ad_video_download_http_status_502'),
        ('AD_VIDEO_DOWNLOAD_HTTP_STATUS_503', 'int', '', None, 'ad_video_download_http_status_503'),
        ('AD_VIDEO_DOWNLOAD_HTTP_STATUS_504', 'int', '', None, 'ad_video_download_http_status_504'),
        ('AD_VIDEO_DOWNLOAD_HTTP_STATUS_507', 'int', '', None, 'ad_video_download_http_status_507'),
        ('AD_VIDEO_DOWNLOAD_HTTP_STATUS_508', 'int', '', None, 'ad_video_download_http_status_508'),
        ('AD_VIDEO_DOWNLOAD_HTTP_STATUS_520', 'int', '', None, 'ad_video_download_http_status_520'),
        ('AD_VIDEO_DOWNLOAD_HTTP_STATUS_521', 'int', '', None, 'ad_video_download_http_status_521'),
        ('AD_VIDEO_DOWNLOAD_HTTP_STATUS_522', 'int', '', None, 'ad_video_download_http_status_522'),
        ('AD_VIDEO_DOWNLOAD_HTTP_STATUS_525', 'int', '', None, 'ad_video_download_http_status_525'),
        ('AD_VIDEO_DOWNLOAD_INTERNAL_CONFIGURATION_ERROR', 'int', '', None, 'ad_video_download_internal_configuration_error'),
        ('AD_VIDEO_DOWNLOAD_INTERNAL_ERROR', 'int', '', None, 'ad_video_download_internal_error'),
        ('AD_VIDEO_DOWNLOAD_INTERNAL_FAILED_TO_DOWNLOAD', 'int', '', None, 'ad_video_download_internal_failed_to_download'),
        ('AD_VIDEO_DOWNLOAD_INTERNAL_MALFORMED_URL', 'int', '', None, 'ad_video_download_internal_malformed_url'),
        ('AD_VIDEO_DOWNLOAD_INTERNAL_RATE_LIMITED', 'int', '', None, 'ad_video_download_internal_rate_limited'),
        ('AD_VIDEO_DOWNLOAD_INTERNAL_REQUEST_EXPIRED', 'int', '', None, 'ad_video_download_internal_request_expired'),
        ('AD_VIDEO_DOWNLOAD_INVALID_FILE', 'int', '', None, 'ad_video_download_invalid_file'),
        ('AD_VIDEO_DOWNLOAD_SITE_ERROR', 'int', '', None, 'ad_video_download_site_error'),
        ('AD_VIDEO_DOWNLOAD_SITE_TIMEOUT', 'int', '', None, 'ad_video_download_site_timeout'),
        ('AD_VIDEO_DOWNLOAD_SSL_ERROR', 'int', '', None, 'ad_video_download_ssl_error'),
        ('AD_VIDEO_DOWNLOAD_SSL_HANDSHAKE_ERROR', 'int', '', None, 'ad_video_download_ssl_handshake_error'),
        ('AD_VIDEO_LENGTH_TOO_SHORT', 'int', '', None, 'ad_video_length_too_short'),
        ('AD_VIDEO_PROCESSING_EMPTY_FILE', 'int', '', None, 'ad_video_processing_empty_file'),
        ('AD_VIDEO_PROCESSING_HEIGHT_TOO_SMALL', 'int', '', None, 'ad_video_processing_height_too_small'),
        ('AD_VIDEO_PROCESSING_TOO_MANY_PIXELS', 'int', '', None, 'ad_video_processing_too_many_pixels'),
        ('AD_VIDEO_PROCESSING_TYPE_MISMATCH', 'int', '', None, 'ad_video_processing_type_mismatch'),
        ('AD_VIDEO_PROCESSING_WIDTH_TOO_SMALL', 'int', '', None, 'ad_video_processing_width_too_small'),
        ('ADDITIONAL_IMAGE_FILE_NOT_ACCESSIBLE', 'int', '', None, 'additional_image_file_not_accessible'),
        ('ADDITIONAL_IMAGE_FILE_NOT_FOUND', 'int', '', None, 'additional_image_file_not_found'),
        ('ADDITIONAL_IMAGE_INVALID_FILE', 'int', '', None, 'additional_image_invalid_file'),
        ('ADDITIONAL_IMAGE_LEVEL_INTERNAL_ERROR', 'int', '', None, 'additional_image_level_internal_error'),
        ('ADDITIONAL_IMAGE_MALFORMED_URL', 'int', '', None, 'additional_image_malformed_url'),
        ('FETCH_GOOGLE_SHEET_PUBLIC_CAN_EDIT', 'int', '', None, 'fetch_google_sheet_public_can_edit'),
        ('HOTEL_PRICE_HEADER_IS_PRESENT', 'int', '', None, 'hotel_price_header_is_present'),
        ('VIDEO_DOWNLOAD_VIDEO_TOO_SHORT', 'int', '', None, 'video_download_video_too_short'),
        ('VIDEO_FILE_NOT_ACCESSIBLE', 'int', '', None, 'video_file_not_accessible'),
        ('VIDEO_FILE_NOT_FOUND', 'int', '', None, 'video_file_not_found'),
        ('VIDEO_INVALID_FILE', 'int', '', None, 'video_invalid_file'),
        ('VIDEO_LEVEL_INTERNAL_ERROR', 'int', '', None, 'video_level_internal_error'),
        ('VIDEO_MALFORMED_URL', 'int', '', None, 'video_malformed_url'),
    )

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
