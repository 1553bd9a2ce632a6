# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional


class CatalogsFeedIngestionErrors(Model):
    """CatalogsFeedIngestionErrors (component schema)."""

    ACCOUNT_FLAGGED: Optional[int]
    """We detected an issue with your account and are not currently ingesting your items. Please review our policies at policy.pinterest.com/community-guidelines#section-spam or contact us at help.pinterest.com/contact for more information."""

    FETCH_GOOGLE_SHEET_NOT_SHARED: Optional[int]
    """Update your Google Sheets sharing settings to 'Anyone with link' as a Viewer so that Pinterest can access your file."""

    IMAGE_FILE_NOT_ACCESSIBLE: Optional[int]
    """Image files are unreadable. Please upload new files to continue."""

    IMAGE_FILE_NOT_FOUND: Optional[int]
    """Image files are unreadable. Please upload new files to continue."""

    IMAGE_INVALID_FILE: Optional[int]
    """Image files are unreadable. Please upload new files to continue."""

    IMAGE_LEVEL_INTERNAL_ERROR: Optional[int]
    """We experienced a technical difficulty and were unable to download some images. The next download attempt will happen in 24 hours."""

    IMAGE_MALFORMED_URL: Optional[int]
    """Image files are unreadable. Please check your link and upload new files to continue."""

    LARGE_PRODUCT_COUNT_DECREASE: Optional[int]
    """The product count has decreased by more than 99% compared to the last successful ingestion."""

    LINE_LEVEL_INTERNAL_ERROR: Optional[int]
    """We experienced a technical difficulty and were unable to ingest this some items. The next ingestion will happen in 24 hours."""

    _spec = (
        ('ACCOUNT_FLAGGED', 'int'),
        ('FETCH_GOOGLE_SHEET_NOT_SHARED', 'int'),
        ('IMAGE_FILE_NOT_ACCESSIBLE', 'int'),
        ('IMAGE_FILE_NOT_FOUND', 'int'),
        ('IMAGE_INVALID_FILE', 'int'),
        ('IMAGE_LEVEL_INTERNAL_ERROR', 'int'),
        ('IMAGE_MALFORMED_URL', 'int'),
        ('LARGE_PRODUCT_COUNT_DECREASE', 'int', '', {'enum': (1,)}),
        ('LINE_LEVEL_INTERNAL_ERROR', 'int'),
    )
