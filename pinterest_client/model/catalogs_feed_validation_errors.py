# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class CatalogsFeedValidationErrors(Model):
    """CatalogsFeedValidationErrors (component schema)."""

    adult_invalid: Optional[int] = Field("int", wire="ADULT_INVALID")
    """Some items have invalid adult values."""

    adwords_format_invalid: Optional[int] = Field("int", wire="ADWORDS_FORMAT_INVALID")
    """Some adwords links contain too many characters."""

    availability_invalid: Optional[int] = Field("int", wire="AVAILABILITY_INVALID")
    """Some items are missing an availability value in their product metadata, those items will not be published."""

    blocklisted_image_signature: Optional[int] = Field("int", wire="BLOCKLISTED_IMAGE_SIGNATURE")
    """Some items were not published because they don't meet Pinterest's Merchant Guidelines."""

    delimiter_error: Optional[int] = Field("int", wire="DELIMITER_ERROR")
    """Your feed includes data with formatting errors."""

    description_missing: Optional[int] = Field("int", wire="DESCRIPTION_MISSING")
    """Some items are missing a description in their product metadata, those items will not be published."""

    duplicate_products: Optional[int] = Field("int", wire="DUPLICATE_PRODUCTS")
    """Some products are duplicated."""

    encoding_error: Optional[int] = Field("int", wire="ENCODING_ERROR")
    """Your feed includes data with an unsupported encoding format."""

    feed_length_too_long: Optional[int] = Field("int", wire="FEED_LENGTH_TOO_LONG")
    """Your feed contains too many items, some items will not be published."""

    feed_too_small: Optional[int] = Field("int", wire="FEED_TOO_SMALL")
    """Your feed couldn't be validated because the file doesn't contain the minimum number of lines required."""

    fetch_error: Optional[int] = Field("int", wire="FETCH_ERROR")
    """Pinterest couldn't download your feed."""

    fetch_inactive_feed_error: Optional[int] = Field("int", wire="FETCH_INACTIVE_FEED_ERROR")
    """Your feed wasn't ingested because it hasn’t changed in the previous 90 days."""

    image_link_invalid: Optional[int] = Field("int", wire="IMAGE_LINK_INVALID")
    """Some image links are formatted incorrectly."""

    image_link_length_too_long: Optional[int] = Field("int", wire="IMAGE_LINK_LENGTH_TOO_LONG")
    """Some items have image_link URLs that contain too many characters, so those items will not be published."""

    image_link_missing: Optional[int] = Field("int", wire="IMAGE_LINK_MISSING")
    """Some items are missing an image link URL in their product metadata, those items will not be published."""

    internal_service_error: Optional[int] = Field("int", wire="INTERNAL_SERVICE_ERROR")
    """We experienced a technical difficulty and were unable to ingest your feed. The next ingestion will happen in 24
    hours.
    """

    invalid_domain: Optional[int] = Field("int", wire="INVALID_DOMAIN")
    """Some of your product link values don't match the verified domain associated with this account."""

    item_main_image_download_failure: Optional[int] = Field("int", wire="ITEM_MAIN_IMAGE_DOWNLOAD_FAILURE")
    """Some items' main images can't be found."""

    itemid_missing: Optional[int] = Field("int", wire="ITEMID_MISSING")
    """Some items are missing an item id in their product metadata, those items will not be published."""

    link_format_invalid: Optional[int] = Field("int", wire="LINK_FORMAT_INVALID")
    """Some link values are formatted incorrectly."""

    link_length_too_long: Optional[int] = Field("int", wire="LINK_LENGTH_TOO_LONG")
    """Some product links contain too many characters, those items will not be published."""

    list_price_invalid: Optional[int] = Field("int", wire="LIST_PRICE_INVALID")
    """Some items have list price formatting errors in their product metadata, those items will not be published."""

    malformed_xml: Optional[int] = Field("int", wire="MALFORMED_XML")
    """Your feed couldn't be validated because the xml file is formatted incorrectly."""

    max_items_per_item_group_exceeded: Optional[int] = Field("int", wire="MAX_ITEMS_PER_ITEM_GROUP_EXCEEDED")
    """Some items exceed the maximum number of items per item group, those items will not be published."""

    no_verified_domain: Optional[int] = Field("int", wire="NO_VERIFIED_DOMAIN")
    """Your merchant domain needs to be claimed."""

    parse_line_error: Optional[int] = Field("int", wire="PARSE_LINE_ERROR")
    """Your feed contains formatting errors for some items."""

    pinjoin_content_unsafe: Optional[int] = Field("int", wire="PINJOIN_CONTENT_UNSAFE")
    """Some items were not published because they don't meet Pinterest's Merchant Guidelines."""

    price_cannot_be_determined: Optional[int] = Field("int", wire="PRICE_CANNOT_BE_DETERMINED")
    """Some items were not published because price cannot be determined. The price, list price, and sale price are all
    different, so those items will not be published.
    """

    price_missing: Optional[int] = Field("int", wire="PRICE_MISSING")
    """Some products are missing a price, those items will not be published."""

    product_link_missing: Optional[int] = Field("int", wire="PRODUCT_LINK_MISSING")
    """Some items are missing a link URL in their product metadata, those items will not be published."""

    product_price_invalid: Optional[int] = Field("int", wire="PRODUCT_PRICE_INVALID")
    """Some items have price formatting errors in their product metadata, those items will not be published."""

    required_columns_missing: Optional[int] = Field("int", wire="REQUIRED_COLUMNS_MISSING")
    """Your feed is missing some required column headers."""

    title_missing: Optional[int] = Field("int", wire="TITLE_MISSING")
    """Some items are missing a title in their product metadata, those items will not be published."""

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
