# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional


class CatalogsFeedValidationErrors(Model):
    """CatalogsFeedValidationErrors (component schema)."""

    adult_invalid: Optional[int]
    """Some items have invalid adult values."""

    adwords_format_invalid: Optional[int]
    """Some adwords links contain too many characters."""

    availability_invalid: Optional[int]
    """Some items are missing an availability value in their product metadata, those items will not be published."""

    blocklisted_image_signature: Optional[int]
    """Some items were not published because they don't meet Pinterest's Merchant Guidelines."""

    delimiter_error: Optional[int]
    """Your feed includes data with formatting errors."""

    description_missing: Optional[int]
    """Some items are missing a description in their product metadata, those items will not be published."""

    duplicate_products: Optional[int]
    """Some products are duplicated."""

    encoding_error: Optional[int]
    """Your feed includes data with an unsupported encoding format."""

    feed_length_too_long: Optional[int]
    """Your feed contains too many items, some items will not be published."""

    feed_too_small: Optional[int]
    """Your feed couldn't be validated because the file doesn't contain the minimum number of lines required."""

    fetch_error: Optional[int]
    """Pinterest couldn't download your feed."""

    fetch_inactive_feed_error: Optional[int]
    """Your feed wasn't ingested because it hasn’t changed in the previous 90 days."""

    image_link_invalid: Optional[int]
    """Some image links are formatted incorrectly."""

    image_link_length_too_long: Optional[int]
    """Some items have image_link URLs that contain too many characters, so those items will not be published."""

    image_link_missing: Optional[int]
    """Some items are missing an image link URL in their product metadata, those items will not be published."""

    internal_service_error: Optional[int]
    """We experienced a technical difficulty and were unable to ingest your feed. The next ingestion will happen in 24 hours."""

    invalid_domain: Optional[int]
    """Some of your product link values don't match the verified domain associated with this account."""

    item_main_image_download_failure: Optional[int]
    """Some items' main images can't be found."""

    itemid_missing: Optional[int]
    """Some items are missing an item id in their product metadata, those items will not be published."""

    link_format_invalid: Optional[int]
    """Some link values are formatted incorrectly."""

    link_length_too_long: Optional[int]
    """Some product links contain too many characters, those items will not be published."""

    list_price_invalid: Optional[int]
    """Some items have list price formatting errors in their product metadata, those items will not be published."""

    malformed_xml: Optional[int]
    """Your feed couldn't be validated because the xml file is formatted incorrectly."""

    max_items_per_item_group_exceeded: Optional[int]
    """Some items exceed the maximum number of items per item group, those items will not be published."""

    no_verified_domain: Optional[int]
    """Your merchant domain needs to be claimed."""

    parse_line_error: Optional[int]
    """Your feed contains formatting errors for some items."""

    pinjoin_content_unsafe: Optional[int]
    """Some items were not published because they don't meet Pinterest's Merchant Guidelines."""

    price_cannot_be_determined: Optional[int]
    """Some items were not published because price cannot be determined. The price, list price, and sale price are all different, so those items will not be published."""

    price_missing: Optional[int]
    """Some products are missing a price, those items will not be published."""

    product_link_missing: Optional[int]
    """Some items are missing a link URL in their product metadata, those items will not be published."""

    product_price_invalid: Optional[int]
    """Some items have price formatting errors in their product metadata, those items will not be published."""

    required_columns_missing: Optional[int]
    """Your feed is missing some required column headers."""

    title_missing: Optional[int]
    """Some items are missing a title in their product metadata, those items will not be published."""

    _spec = (
        ('ADULT_INVALID', 'int', '', None, 'adult_invalid'),
        ('ADWORDS_FORMAT_INVALID', 'int', '', None, 'adwords_format_invalid'),
        ('AVAILABILITY_INVALID', 'int', '', None, 'availability_invalid'),
        ('BLOCKLISTED_IMAGE_SIGNATURE', 'int', '', None, 'blocklisted_image_signature'),
        ('DELIMITER_ERROR', 'int', '', None, 'delimiter_error'),
        ('DESCRIPTION_MISSING', 'int', '', None, 'description_missing'),
        ('DUPLICATE_PRODUCTS', 'int', '', None, 'duplicate_products'),
        ('ENCODING_ERROR', 'int', '', None, 'encoding_error'),
        ('FEED_LENGTH_TOO_LONG', 'int', '', None, 'feed_length_too_long'),
        ('FEED_TOO_SMALL', 'int', '', None, 'feed_too_small'),
        ('FETCH_ERROR', 'int', '', None, 'fetch_error'),
        ('FETCH_INACTIVE_FEED_ERROR', 'int', '', None, 'fetch_inactive_feed_error'),
        ('IMAGE_LINK_INVALID', 'int', '', None, 'image_link_invalid'),
        ('IMAGE_LINK_LENGTH_TOO_LONG', 'int', '', None, 'image_link_length_too_long'),
        ('IMAGE_LINK_MISSING', 'int', '', None, 'image_link_missing'),
        ('INTERNAL_SERVICE_ERROR', 'int', '', None, 'internal_service_error'),
        ('INVALID_DOMAIN', 'int', '', None, 'invalid_domain'),
        ('ITEM_MAIN_IMAGE_DOWNLOAD_FAILURE', 'int', '', None, 'item_main_image_download_failure'),
        ('ITEMID_MISSING', 'int', '', None, 'itemid_missing'),
        ('LINK_FORMAT_INVALID', 'int', '', None, 'link_format_invalid'),
        ('LINK_LENGTH_TOO_LONG', 'int', '', None, 'link_length_too_long'),
        ('LIST_PRICE_INVALID', 'int', '', None, 'list_price_invalid'),
        ('MALFORMED_XML', 'int', '', None, 'malformed_xml'),
        ('MAX_ITEMS_PER_ITEM_GROUP_EXCEEDED', 'int', '', None, 'max_items_per_item_group_exceeded'),
        ('NO_VERIFIED_DOMAIN', 'int', '', None, 'no_verified_domain'),
        ('PARSE_LINE_ERROR', 'int', '', None, 'parse_line_error'),
        ('PINJOIN_CONTENT_UNSAFE', 'int', '', None, 'pinjoin_content_unsafe'),
        ('PRICE_CANNOT_BE_DETERMINED', 'int', '', None, 'price_cannot_be_determined'),
        ('PRICE_MISSING', 'int', '', None, 'price_missing'),
        ('PRODUCT_LINK_MISSING', 'int', '', None, 'product_link_missing'),
        ('PRODUCT_PRICE_INVALID', 'int', '', None, 'product_price_invalid'),
        ('REQUIRED_COLUMNS_MISSING', 'int', '', None, 'required_columns_missing'),
        ('TITLE_MISSING', 'int', '', None, 'title_missing'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            adult_invalid: Optional[int] = ...,
            adwords_format_invalid: Optional[int] = ...,
            availability_invalid: Optional[int] = ...,
            blocklisted_image_signature: Optional[int] = ...,
            delimiter_error: Optional[int] = ...,
            description_missing: Optional[int] = ...,
            duplicate_products: Optional[int] = ...,
            encoding_error: Optional[int] = ...,
            feed_length_too_long: Optional[int] = ...,
            feed_too_small: Optional[int] = ...,
            fetch_error: Optional[int] = ...,
            fetch_inactive_feed_error: Optional[int] = ...,
            image_link_invalid: Optional[int] = ...,
            image_link_length_too_long: Optional[int] = ...,
            image_link_missing: Optional[int] = ...,
            internal_service_error: Optional[int] = ...,
            invalid_domain: Optional[int] = ...,
            item_main_image_download_failure: Optional[int] = ...,
            itemid_missing: Optional[int] = ...,
            link_format_invalid: Optional[int] = ...,
            link_length_too_long: Optional[int] = ...,
            list_price_invalid: Optional[int] = ...,
            malformed_xml: Optional[int] = ...,
            max_items_per_item_group_exceeded: Optional[int] = ...,
            no_verified_domain: Optional[int] = ...,
            parse_line_error: Optional[int] = ...,
            pinjoin_content_unsafe: Optional[int] = ...,
            price_cannot_be_determined: Optional[int] = ...,
            price_missing: Optional[int] = ...,
            product_link_missing: Optional[int] = ...,
            product_price_invalid: Optional[int] = ...,
            required_columns_missing: Optional[int] = ...,
            title_missing: Optional[int] = ...,
        ) -> None: ...


__all__ = ["CatalogsFeedValidationErrors"]
