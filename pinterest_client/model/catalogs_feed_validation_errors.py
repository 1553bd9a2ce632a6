# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional


class CatalogsFeedValidationErrors(Model):
    """CatalogsFeedValidationErrors (component schema)."""

    ADULT_INVALID: Optional[int]
    """Some items have invalid adult values."""

    ADWORDS_FORMAT_INVALID: Optional[int]
    """Some adwords links contain too many characters."""

    AVAILABILITY_INVALID: Optional[int]
    """Some items are missing an availability value in their product metadata, those items will not be published."""

    BLOCKLISTED_IMAGE_SIGNATURE: Optional[int]
    """Some items were not published because they don't meet Pinterest's Merchant Guidelines."""

    DELIMITER_ERROR: Optional[int]
    """Your feed includes data with formatting errors."""

    DESCRIPTION_MISSING: Optional[int]
    """Some items are missing a description in their product metadata, those items will not be published."""

    DUPLICATE_PRODUCTS: Optional[int]
    """Some products are duplicated."""

    ENCODING_ERROR: Optional[int]
    """Your feed includes data with an unsupported encoding format."""

    FEED_LENGTH_TOO_LONG: Optional[int]
    """Your feed contains too many items, some items will not be published."""

    FEED_TOO_SMALL: Optional[int]
    """Your feed couldn't be validated because the file doesn't contain the minimum number of lines required."""

    FETCH_ERROR: Optional[int]
    """Pinterest couldn't download your feed."""

    FETCH_INACTIVE_FEED_ERROR: Optional[int]
    """Your feed wasn't ingested because it hasn’t changed in the previous 90 days."""

    IMAGE_LINK_INVALID: Optional[int]
    """Some image links are formatted incorrectly."""

    IMAGE_LINK_LENGTH_TOO_LONG: Optional[int]
    """Some items have image_link URLs that contain too many characters, so those items will not be published."""

    IMAGE_LINK_MISSING: Optional[int]
    """Some items are missing an image link URL in their product metadata, those items will not be published."""

    INTERNAL_SERVICE_ERROR: Optional[int]
    """We experienced a technical difficulty and were unable to ingest your feed. The next ingestion will happen in 24 hours."""

    INVALID_DOMAIN: Optional[int]
    """Some of your product link values don't match the verified domain associated with this account."""

    ITEM_MAIN_IMAGE_DOWNLOAD_FAILURE: Optional[int]
    """Some items' main images can't be found."""

    ITEMID_MISSING: Optional[int]
    """Some items are missing an item id in their product metadata, those items will not be published."""

    LINK_FORMAT_INVALID: Optional[int]
    """Some link values are formatted incorrectly."""

    LINK_LENGTH_TOO_LONG: Optional[int]
    """Some product links contain too many characters, those items will not be published."""

    LIST_PRICE_INVALID: Optional[int]
    """Some items have list price formatting errors in their product metadata, those items will not be published."""

    MALFORMED_XML: Optional[int]
    """Your feed couldn't be validated because the xml file is formatted incorrectly."""

    MAX_ITEMS_PER_ITEM_GROUP_EXCEEDED: Optional[int]
    """Some items exceed the maximum number of items per item group, those items will not be published."""

    NO_VERIFIED_DOMAIN: Optional[int]
    """Your merchant domain needs to be claimed."""

    PARSE_LINE_ERROR: Optional[int]
    """Your feed contains formatting errors for some items."""

    PINJOIN_CONTENT_UNSAFE: Optional[int]
    """Some items were not published because they don't meet Pinterest's Merchant Guidelines."""

    PRICE_CANNOT_BE_DETERMINED: Optional[int]
    """Some items were not published because price cannot be determined. The price, list price, and sale price are all different, so those items will not be published."""

    PRICE_MISSING: Optional[int]
    """Some products are missing a price, those items will not be published."""

    PRODUCT_LINK_MISSING: Optional[int]
    """Some items are missing a link URL in their product metadata, those items will not be published."""

    PRODUCT_PRICE_INVALID: Optional[int]
    """Some items have price formatting errors in their product metadata, those items will not be published."""

    REQUIRED_COLUMNS_MISSING: Optional[int]
    """Your feed is missing some required column headers."""

    TITLE_MISSING: Optional[int]
    """Some items are missing a title in their product metadata, those items will not be published."""

    _spec = (
        ('ADULT_INVALID', 'int'),
        ('ADWORDS_FORMAT_INVALID', 'int'),
        ('AVAILABILITY_INVALID', 'int'),
        ('BLOCKLISTED_IMAGE_SIGNATURE', 'int'),
        ('DELIMITER_ERROR', 'int'),
        ('DESCRIPTION_MISSING', 'int'),
        ('DUPLICATE_PRODUCTS', 'int'),
        ('ENCODING_ERROR', 'int'),
        ('FEED_LENGTH_TOO_LONG', 'int'),
        ('FEED_TOO_SMALL', 'int'),
        ('FETCH_ERROR', 'int'),
        ('FETCH_INACTIVE_FEED_ERROR', 'int'),
        ('IMAGE_LINK_INVALID', 'int'),
        ('IMAGE_LINK_LENGTH_TOO_LONG', 'int'),
        ('IMAGE_LINK_MISSING', 'int'),
        ('INTERNAL_SERVICE_ERROR', 'int'),
        ('INVALID_DOMAIN', 'int'),
        ('ITEM_MAIN_IMAGE_DOWNLOAD_FAILURE', 'int'),
        ('ITEMID_MISSING', 'int'),
        ('LINK_FORMAT_INVALID', 'int'),
        ('LINK_LENGTH_TOO_LONG', 'int'),
        ('LIST_PRICE_INVALID', 'int'),
        ('MALFORMED_XML', 'int'),
        ('MAX_ITEMS_PER_ITEM_GROUP_EXCEEDED', 'int'),
        ('NO_VERIFIED_DOMAIN', 'int'),
        ('PARSE_LINE_ERROR', 'int'),
        ('PINJOIN_CONTENT_UNSAFE', 'int'),
        ('PRICE_CANNOT_BE_DETERMINED', 'int'),
        ('PRICE_MISSING', 'int'),
        ('PRODUCT_LINK_MISSING', 'int'),
        ('PRODUCT_PRICE_INVALID', 'int'),
        ('REQUIRED_COLUMNS_MISSING', 'int'),
        ('TITLE_MISSING', 'int'),
    )
