# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional


class CatalogsFeedIngestionWarnings(Model):
    """CatalogsFeedIngestionWarnings (component schema)."""

    AD_IMAGE_DOWNLOAD_CONTENT_READ_ERROR: Optional[int]
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    AD_IMAGE_DOWNLOAD_DNS_LOOKUP_ERROR: Optional[int]
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    AD_IMAGE_DOWNLOAD_FILE_NOT_ACCESSIBLE: Optional[int]
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    AD_IMAGE_DOWNLOAD_FILE_NOT_FOUND: Optional[int]
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    AD_IMAGE_DOWNLOAD_HTTP_STATUS_400: Optional[int]
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    AD_IMAGE_DOWNLOAD_HTTP_STATUS_403: Optional[int]
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    AD_IMAGE_DOWNLOAD_HTTP_STATUS_404: Optional[int]
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    AD_IMAGE_DOWNLOAD_HTTP_STATUS_405: Optional[int]
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    AD_IMAGE_DOWNLOAD_HTTP_STATUS_410: Optional[int]
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    AD_IMAGE_DOWNLOAD_HTTP_STATUS_429: Optional[int]
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    AD_IMAGE_DOWNLOAD_HTTP_STATUS_500: Optional[int]
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    AD_IMAGE_DOWNLOAD_HTTP_STATUS_502: Optional[int]
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    AD_IMAGE_DOWNLOAD_HTTP_STATUS_503: Optional[int]
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    AD_IMAGE_DOWNLOAD_HTTP_STATUS_504: Optional[int]
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    AD_IMAGE_DOWNLOAD_HTTP_STATUS_507: Optional[int]
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    AD_IMAGE_DOWNLOAD_HTTP_STATUS_508: Optional[int]
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    AD_IMAGE_DOWNLOAD_HTTP_STATUS_520: Optional[int]
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    AD_IMAGE_DOWNLOAD_HTTP_STATUS_521: Optional[int]
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    AD_IMAGE_DOWNLOAD_HTTP_STATUS_522: Optional[int]
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    AD_IMAGE_DOWNLOAD_HTTP_STATUS_525: Optional[int]
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    AD_IMAGE_DOWNLOAD_INTERNAL_CONFIGURATION_ERROR: Optional[int]
    """We experienced a technical difficulty and were unable to download some additional images. The next download attempt will happen in 24 hours."""

    AD_IMAGE_DOWNLOAD_INTERNAL_ERROR: Optional[int]
    """We experienced a technical difficulty and were unable to download some additional images. The next download attempt will happen in 24 hours."""

    AD_IMAGE_DOWNLOAD_INTERNAL_FAILED_TO_DOWNLOAD: Optional[int]
    """We experienced a technical difficulty and were unable to download some additional images. The next download attempt will happen in 24 hours."""

    AD_IMAGE_DOWNLOAD_INTERNAL_MALFORMED_URL: Optional[int]
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    AD_IMAGE_DOWNLOAD_INTERNAL_RATE_LIMITED: Optional[int]
    """We experienced a technical difficulty and were unable to download some additional images. The next download attempt will happen in 24 hours."""

    AD_IMAGE_DOWNLOAD_INTERNAL_REQUEST_EXPIRED: Optional[int]
    """We experienced a technical difficulty and were unable to download some additional images. The next download attempt will happen in 24 hours."""

    AD_IMAGE_DOWNLOAD_INVALID_FILE: Optional[int]
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    AD_IMAGE_DOWNLOAD_SITE_ERROR: Optional[int]
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    AD_IMAGE_DOWNLOAD_SITE_TIMEOUT: Optional[int]
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    AD_IMAGE_DOWNLOAD_SSL_ERROR: Optional[int]
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    AD_IMAGE_DOWNLOAD_SSL_HANDSHAKE_ERROR: Optional[int]
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    AD_IMAGE_PROCESSING_EMPTY_FILE: Optional[int]
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    AD_IMAGE_PROCESSING_HEIGHT_TOO_SMALL: Optional[int]
    """Ad images must have a height larger than 75 pixels"""

    AD_IMAGE_PROCESSING_TOO_MANY_PIXELS: Optional[int]
    """Ad images must have a maximum area (width x height) of less than 89478485 pixels"""

    AD_IMAGE_PROCESSING_TYPE_MISMATCH: Optional[int]
    """Some ad images could not be processed due to a file type mismatch."""

    AD_IMAGE_PROCESSING_WIDTH_TOO_SMALL: Optional[int]
    """Ad images must have a width larger than 75 pixels"""

    AD_VIDEO_DOWNLOAD_CONTENT_READ_ERROR: Optional[int]
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    AD_VIDEO_DOWNLOAD_DNS_LOOKUP_ERROR: Optional[int]
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    AD_VIDEO_DOWNLOAD_FILE_NOT_ACCESSIBLE: Optional[int]
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    AD_VIDEO_DOWNLOAD_FILE_NOT_FOUND: Optional[int]
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    AD_VIDEO_DOWNLOAD_HTTP_STATUS_400: Optional[int]
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    AD_VIDEO_DOWNLOAD_HTTP_STATUS_403: Optional[int]
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    AD_VIDEO_DOWNLOAD_HTTP_STATUS_404: Optional[int]
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    AD_VIDEO_DOWNLOAD_HTTP_STATUS_405: Optional[int]
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    AD_VIDEO_DOWNLOAD_HTTP_STATUS_410: Optional[int]
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    AD_VIDEO_DOWNLOAD_HTTP_STATUS_429: Optional[int]
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    AD_VIDEO_DOWNLOAD_HTTP_STATUS_500: Optional[int]
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    AD_VIDEO_DOWNLOAD_HTTP_STATUS_502: Optional[int]
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    AD_VIDEO_DOWNLOAD_HTTP_STATUS_503: Optional[int]
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    AD_VIDEO_DOWNLOAD_HTTP_STATUS_504: Optional[int]
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    AD_VIDEO_DOWNLOAD_HTTP_STATUS_507: Optional[int]
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    AD_VIDEO_DOWNLOAD_HTTP_STATUS_508: Optional[int]
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    AD_VIDEO_DOWNLOAD_HTTP_STATUS_520: Optional[int]
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    AD_VIDEO_DOWNLOAD_HTTP_STATUS_521: Optional[int]
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    AD_VIDEO_DOWNLOAD_HTTP_STATUS_522: Optional[int]
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    AD_VIDEO_DOWNLOAD_HTTP_STATUS_525: Optional[int]
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    AD_VIDEO_DOWNLOAD_INTERNAL_CONFIGURATION_ERROR: Optional[int]
    """We experienced a technical difficulty and were unable to download some additional images. The next download attempt will happen in 24 hours."""

    AD_VIDEO_DOWNLOAD_INTERNAL_ERROR: Optional[int]
    """We experienced a technical difficulty and were unable to download some additional images. The next download attempt will happen in 24 hours."""

    AD_VIDEO_DOWNLOAD_INTERNAL_FAILED_TO_DOWNLOAD: Optional[int]
    """We experienced a technical difficulty and were unable to download some additional images. The next download attempt will happen in 24 hours."""

    AD_VIDEO_DOWNLOAD_INTERNAL_MALFORMED_URL: Optional[int]
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    AD_VIDEO_DOWNLOAD_INTERNAL_RATE_LIMITED: Optional[int]
    """We experienced a technical difficulty and were unable to download some additional images. The next download attempt will happen in 24 hours."""

    AD_VIDEO_DOWNLOAD_INTERNAL_REQUEST_EXPIRED: Optional[int]
    """We experienced a technical difficulty and were unable to download some additional images. The next download attempt will happen in 24 hours."""

    AD_VIDEO_DOWNLOAD_INVALID_FILE: Optional[int]
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    AD_VIDEO_DOWNLOAD_SITE_ERROR: Optional[int]
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    AD_VIDEO_DOWNLOAD_SITE_TIMEOUT: Optional[int]
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    AD_VIDEO_DOWNLOAD_SSL_ERROR: Optional[int]
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    AD_VIDEO_DOWNLOAD_SSL_HANDSHAKE_ERROR: Optional[int]
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    AD_VIDEO_LENGTH_TOO_SHORT: Optional[int]
    """Ad videos length is too short. Please ensure that all ad videos are at least 4 seconds long."""

    AD_VIDEO_PROCESSING_EMPTY_FILE: Optional[int]
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    AD_VIDEO_PROCESSING_HEIGHT_TOO_SMALL: Optional[int]
    """Ad videos must have a height larger than 75 pixels"""

    AD_VIDEO_PROCESSING_TOO_MANY_PIXELS: Optional[int]
    """Ad videos must have a maximum area (width x height) of less than 89478485 pixels"""

    AD_VIDEO_PROCESSING_TYPE_MISMATCH: Optional[int]
    """Some ad videos could not be processed due to a file type mismatch."""

    AD_VIDEO_PROCESSING_WIDTH_TOO_SMALL: Optional[int]
    """Ad videos must have a width larger than 75 pixels"""

    ADDITIONAL_IMAGE_FILE_NOT_ACCESSIBLE: Optional[int]
    """Additional image files are unreadable. Please upload new files to continue."""

    ADDITIONAL_IMAGE_FILE_NOT_FOUND: Optional[int]
    """Additional image files are unreadable. Please upload new files to continue."""

    ADDITIONAL_IMAGE_INVALID_FILE: Optional[int]
    """Additional image files are unreadable. Please upload new files to continue."""

    ADDITIONAL_IMAGE_LEVEL_INTERNAL_ERROR: Optional[int]
    """We experienced a technical difficulty and were unable to download some additional images. The next download attempt will happen in 24 hours."""

    ADDITIONAL_IMAGE_MALFORMED_URL: Optional[int]
    """Additional image files are unreadable. Please check your link and upload new files to continue."""

    FETCH_GOOGLE_SHEET_PUBLIC_CAN_EDIT: Optional[int]
    """Update your Google Sheets sharing settings from 'Editor' to 'Viewer'."""

    HOTEL_PRICE_HEADER_IS_PRESENT: Optional[int]
    """Price is not a supported column. Use base_price and sale_price instead."""

    VIDEO_DOWNLOAD_VIDEO_TOO_SHORT: Optional[int]
    """Video length is too short. Please ensure that the main video is at least 4 seconds long."""

    VIDEO_FILE_NOT_ACCESSIBLE: Optional[int]
    """Video files are unreadable. Please upload new files to continue."""

    VIDEO_FILE_NOT_FOUND: Optional[int]
    """Video files are unreadable. Please upload new files to continue."""

    VIDEO_INVALID_FILE: Optional[int]
    """Video files are unreadable. Please upload new files to continue."""

    VIDEO_LEVEL_INTERNAL_ERROR: Optional[int]
    """We experienced a technical difficulty and were unable to download some additional videos. The next download attempt will happen in 24 hours."""

    VIDEO_MALFORMED_URL: Optional[int]
    """Video files are unreadable. Please check your link and upload new files to continue."""

    _spec = (
        ('AD_IMAGE_DOWNLOAD_CONTENT_READ_ERROR', 'int'),
        ('AD_IMAGE_DOWNLOAD_DNS_LOOKUP_ERROR', 'int'),
        ('AD_IMAGE_DOWNLOAD_FILE_NOT_ACCESSIBLE', 'int'),
        ('AD_IMAGE_DOWNLOAD_FILE_NOT_FOUND', 'int'),
        ('AD_IMAGE_DOWNLOAD_HTTP_STATUS_400', 'int'),
        ('AD_IMAGE_DOWNLOAD_HTTP_STATUS_403', 'int'),
        ('AD_IMAGE_DOWNLOAD_HTTP_STATUS_404', 'int'),
        ('AD_IMAGE_DOWNLOAD_HTTP_STATUS_405', 'int'),
        ('AD_IMAGE_DOWNLOAD_HTTP_STATUS_410', 'int'),
        ('AD_IMAGE_DOWNLOAD_HTTP_STATUS_429', 'int'),
        ('AD_IMAGE_DOWNLOAD_HTTP_STATUS_500', 'int'),
        ('AD_IMAGE_DOWNLOAD_HTTP_STATUS_502', 'int'),
        ('AD_IMAGE_DOWNLOAD_HTTP_STATUS_503', 'int'),
        ('AD_IMAGE_DOWNLOAD_HTTP_STATUS_504', 'int'),
        ('AD_IMAGE_DOWNLOAD_HTTP_STATUS_507', 'int'),
        ('AD_IMAGE_DOWNLOAD_HTTP_STATUS_508', 'int'),
        ('AD_IMAGE_DOWNLOAD_HTTP_STATUS_520', 'int'),
        ('AD_IMAGE_DOWNLOAD_HTTP_STATUS_521', 'int'),
        ('AD_IMAGE_DOWNLOAD_HTTP_STATUS_522', 'int'),
        ('AD_IMAGE_DOWNLOAD_HTTP_STATUS_525', 'int'),
        ('AD_IMAGE_DOWNLOAD_INTERNAL_CONFIGURATION_ERROR', 'int'),
        ('AD_IMAGE_DOWNLOAD_INTERNAL_ERROR', 'int'),
        ('AD_IMAGE_DOWNLOAD_INTERNAL_FAILED_TO_DOWNLOAD', 'int'),
        ('AD_IMAGE_DOWNLOAD_INTERNAL_MALFORMED_URL', 'int'),
        ('AD_IMAGE_DOWNLOAD_INTERNAL_RATE_LIMITED', 'int'),
        ('AD_IMAGE_DOWNLOAD_INTERNAL_REQUEST_EXPIRED', 'int'),
        ('AD_IMAGE_DOWNLOAD_INVALID_FILE', 'int'),
        ('AD_IMAGE_DOWNLOAD_SITE_ERROR', 'int'),
        ('AD_IMAGE_DOWNLOAD_SITE_TIMEOUT', 'int'),
        ('AD_IMAGE_DOWNLOAD_SSL_ERROR', 'int'),
        ('AD_IMAGE_DOWNLOAD_SSL_HANDSHAKE_ERROR', 'int'),
        ('AD_IMAGE_PROCESSING_EMPTY_FILE', 'int'),
        ('AD_IMAGE_PROCESSING_HEIGHT_TOO_SMALL', 'int'),
        ('AD_IMAGE_PROCESSING_TOO_MANY_PIXELS', 'int'),
        ('AD_IMAGE_PROCESSING_TYPE_MISMATCH', 'int'),
        ('AD_IMAGE_PROCESSING_WIDTH_TOO_SMALL', 'int'),
        ('AD_VIDEO_DOWNLOAD_CONTENT_READ_ERROR', 'int'),
        ('AD_VIDEO_DOWNLOAD_DNS_LOOKUP_ERROR', 'int'),
        ('AD_VIDEO_DOWNLOAD_FILE_NOT_ACCESSIBLE', 'int'),
        ('AD_VIDEO_DOWNLOAD_FILE_NOT_FOUND', 'int'),
        ('AD_VIDEO_DOWNLOAD_HTTP_STATUS_400', 'int'),
        ('AD_VIDEO_DOWNLOAD_HTTP_STATUS_403', 'int'),
        ('AD_VIDEO_DOWNLOAD_HTTP_STATUS_404', 'int'),
        ('AD_VIDEO_DOWNLOAD_HTTP_STATUS_405', 'int'),
        ('AD_VIDEO_DOWNLOAD_HTTP_STATUS_410', 'int'),
        ('AD_VIDEO_DOWNLOAD_HTTP_STATUS_429', 'int'),
        ('AD_VIDEO_DOWNLOAD_HTTP_STATUS_500', 'int'),
        ('AD_VIDEO_DOWNLOAD_HTTP_STATUS_502', 'int'),
        ('AD_VIDEO_DOWNLOAD_HTTP_STATUS_503', 'int'),
        ('AD_VIDEO_DOWNLOAD_HTTP_STATUS_504', 'int'),
        ('AD_VIDEO_DOWNLOAD_HTTP_STATUS_507', 'int'),
        ('AD_VIDEO_DOWNLOAD_HTTP_STATUS_508', 'int'),
        ('AD_VIDEO_DOWNLOAD_HTTP_STATUS_520', 'int'),
        ('AD_VIDEO_DOWNLOAD_HTTP_STATUS_521', 'int'),
        ('AD_VIDEO_DOWNLOAD_HTTP_STATUS_522', 'int'),
        ('AD_VIDEO_DOWNLOAD_HTTP_STATUS_525', 'int'),
        ('AD_VIDEO_DOWNLOAD_INTERNAL_CONFIGURATION_ERROR', 'int'),
        ('AD_VIDEO_DOWNLOAD_INTERNAL_ERROR', 'int'),
        ('AD_VIDEO_DOWNLOAD_INTERNAL_FAILED_TO_DOWNLOAD', 'int'),
        ('AD_VIDEO_DOWNLOAD_INTERNAL_MALFORMED_URL', 'int'),
        ('AD_VIDEO_DOWNLOAD_INTERNAL_RATE_LIMITED', 'int'),
        ('AD_VIDEO_DOWNLOAD_INTERNAL_REQUEST_EXPIRED', 'int'),
        ('AD_VIDEO_DOWNLOAD_INVALID_FILE', 'int'),
        ('AD_VIDEO_DOWNLOAD_SITE_ERROR', 'int'),
        ('AD_VIDEO_DOWNLOAD_SITE_TIMEOUT', 'int'),
        ('AD_VIDEO_DOWNLOAD_SSL_ERROR', 'int'),
        ('AD_VIDEO_DOWNLOAD_SSL_HANDSHAKE_ERROR', 'int'),
        ('AD_VIDEO_LENGTH_TOO_SHORT', 'int'),
        ('AD_VIDEO_PROCESSING_EMPTY_FILE', 'int'),
        ('AD_VIDEO_PROCESSING_HEIGHT_TOO_SMALL', 'int'),
        ('AD_VIDEO_PROCESSING_TOO_MANY_PIXELS', 'int'),
        ('AD_VIDEO_PROCESSING_TYPE_MISMATCH', 'int'),
        ('AD_VIDEO_PROCESSING_WIDTH_TOO_SMALL', 'int'),
        ('ADDITIONAL_IMAGE_FILE_NOT_ACCESSIBLE', 'int'),
        ('ADDITIONAL_IMAGE_FILE_NOT_FOUND', 'int'),
        ('ADDITIONAL_IMAGE_INVALID_FILE', 'int'),
        ('ADDITIONAL_IMAGE_LEVEL_INTERNAL_ERROR', 'int'),
        ('ADDITIONAL_IMAGE_MALFORMED_URL', 'int'),
        ('FETCH_GOOGLE_SHEET_PUBLIC_CAN_EDIT', 'int'),
        ('HOTEL_PRICE_HEADER_IS_PRESENT', 'int'),
        ('VIDEO_DOWNLOAD_VIDEO_TOO_SHORT', 'int'),
        ('VIDEO_FILE_NOT_ACCESSIBLE', 'int'),
        ('VIDEO_FILE_NOT_FOUND', 'int'),
        ('VIDEO_INVALID_FILE', 'int'),
        ('VIDEO_LEVEL_INTERNAL_ERROR', 'int'),
        ('VIDEO_MALFORMED_URL', 'int'),
    )
