# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional

    from pinterest_client.model.catalogs_item_validation_details import CatalogsItemValidationDetails


class CatalogsItemValidationErrors(Model):
    """CatalogsItemValidationErrors (component schema `CatalogsItemValidationErrors`)."""

    adult_invalid: Optional[CatalogsItemValidationDetails]
    """Item has an invalid adult value."""

    adwords_format_invalid: Optional[CatalogsItemValidationDetails]
    """Adword link contains too many characters."""

    availability_invalid: Optional[CatalogsItemValidationDetails]
    """Item is missing availability value in its product metadata, this item will not be published."""

    blocklisted_image_signature: Optional[CatalogsItemValidationDetails]
    """Item will not be published because it doesn't meet Pinterest's Merchant Guidelines."""

    description_missing: Optional[CatalogsItemValidationDetails]
    """Item is missing description in its product metadata, this item will not be published."""

    duplicate_products: Optional[CatalogsItemValidationDetails]
    """This product is duplicated. The duplicate entry will not be published."""

    image_link_invalid: Optional[CatalogsItemValidationDetails]
    """Image link is invalid."""

    image_link_length_too_long: Optional[CatalogsItemValidationDetails]
    """Item has image_link URL that contains too many characters, so the item will not be published."""

    image_link_missing: Optional[CatalogsItemValidationDetails]
    """Item is missing an image link URL in its product metadata, this item will not be published."""

    invalid_domain: Optional[CatalogsItemValidationDetails]
    """Product link value doesn't match the verified domain associated with this account."""

    item_main_image_download_failure: Optional[CatalogsItemValidationDetails]
    """Main image can't be found."""

    itemid_missing: Optional[CatalogsItemValidationDetails]
    """Item is missing item id in its product metadata, this item will not be published."""

    link_format_invalid: Optional[CatalogsItemValidationDetails]
    """Link is invalid."""

    link_length_too_long: Optional[CatalogsItemValidationDetails]
    """Product link contains too many characters, this item will not be published."""

    list_price_invalid: Optional[CatalogsItemValidationDetails]
    """Item has a list price formatting error, this item will not be published."""

    max_items_per_item_group_exceeded: Optional[CatalogsItemValidationDetails]
    """Item exceed the maximum number of items per item group, this item will not be published."""

    parse_line_error: Optional[CatalogsItemValidationDetails]
    """Item contains formating errors."""

    pinjoin_content_unsafe: Optional[CatalogsItemValidationDetails]
    """Item will not be published because it doesn't meet Pinterest's Merchant Guidelines."""

    price_cannot_be_determined: Optional[CatalogsItemValidationDetails]
    """Item price cannot be determined because the price, list price, and sale price are all different."""

    price_missing: Optional[CatalogsItemValidationDetails]
    """Product is missing a price, this item will not be published."""

    product_link_missing: Optional[CatalogsItemValidationDetails]
    """Item is missing a link URL in its product metadata, this item will not be published."""

    product_price_invalid: Optional[CatalogsItemValidationDetails]
    """Item has a price formatting error in its product metadata, this item will not be published."""

    title_missing: Optional[CatalogsItemValidationDetails]
    """Item is missing title in its product metadata, this item will not be published."""

    _spec = (
        ('ADULT_INVALID', 'CatalogsItemValidationDetails', '', None, 'adult_invalid'),
        ('ADWORDS_FORMAT_INVALID', 'CatalogsItemValidationDetails', '', None, 'adwords_format_invalid'),
        ('AVAILABILITY_INVALID', 'CatalogsItemValidationDetails', '', None, 'availability_invalid'),
        ('BLOCKLISTED_IMAGE_SIGNATURE', 'CatalogsItemValidationDetails', '', None, 'blocklisted_image_signature'),
        ('DESCRIPTION_MISSING', 'CatalogsItemValidationDetails', '', None, 'description_missing'),
        ('DUPLICATE_PRODUCTS', 'CatalogsItemValidationDetails', '', None, 'duplicate_products'),
        ('IMAGE_LINK_INVALID', 'CatalogsItemValidationDetails', '', None, 'image_link_invalid'),
        ('IMAGE_LINK_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails', '', None, 'image_link_length_too_long'),
        ('IMAGE_LINK_MISSING', 'CatalogsItemValidationDetails', '', None, 'image_link_missing'),
        ('INVALID_DOMAIN', 'CatalogsItemValidationDetails', '', None, 'invalid_domain'),
        ('ITEM_MAIN_IMAGE_DOWNLOAD_FAILURE', 'CatalogsItemValidationDetails', '', None, 'item_main_image_download_failure'),
        ('ITEMID_MISSING', 'CatalogsItemValidationDetails', '', None, 'itemid_missing'),
        ('LINK_FORMAT_INVALID', 'CatalogsItemValidationDetails', '', None, 'link_format_invalid'),
        ('LINK_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails', '', None, 'link_length_too_long'),
        ('LIST_PRICE_INVALID', 'CatalogsItemValidationDetails', '', None, 'list_price_invalid'),
        ('MAX_ITEMS_PER_ITEM_GROUP_EXCEEDED', 'CatalogsItemValidationDetails', '', None, 'max_items_per_item_group_exceeded'),
        ('PARSE_LINE_ERROR', 'CatalogsItemValidationDetails', '', None, 'parse_line_error'),
        ('PINJOIN_CONTENT_UNSAFE', 'CatalogsItemValidationDetails', '', None, 'pinjoin_content_unsafe'),
        ('PRICE_CANNOT_BE_DETERMINED', 'CatalogsItemValidationDetails', '', None, 'price_cannot_be_determined'),
        ('PRICE_MISSING', 'CatalogsItemValidationDetails', '', None, 'price_missing'),
        ('PRODUCT_LINK_MISSING', 'CatalogsItemValidationDetails', '', None, 'product_link_missing'),
        ('PRODUCT_PRICE_INVALID', 'CatalogsItemValidationDetails', '', None, 'product_price_invalid'),
        ('TITLE_MISSING', 'CatalogsItemValidationDetails', '', None, 'title_missing'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            adult_invalid: Optional[CatalogsItemValidationDetails] = ...,
            adwords_format_invalid: Optional[CatalogsItemValidationDetails] = ...,
            availability_invalid: Optional[CatalogsItemValidationDetails] = ...,
            blocklisted_image_signature: Optional[CatalogsItemValidationDetails] = ...,
            description_missing: Optional[CatalogsItemValidationDetails] = ...,
            duplicate_products: Optional[CatalogsItemValidationDetails] = ...,
            image_link_invalid: Optional[CatalogsItemValidationDetails] = ...,
            image_link_length_too_long: Optional[CatalogsItemValidationDetails] = ...,
            image_link_missing: Optional[CatalogsItemValidationDetails] = ...,
            invalid_domain: Optional[CatalogsItemValidationDetails] = ...,
            item_main_image_download_failure: Optional[CatalogsItemValidationDetails] = ...,
            itemid_missing: Optional[CatalogsItemValidationDetails] = ...,
            link_format_invalid: Optional[CatalogsItemValidationDetails] = ...,
            link_length_too_long: Optional[CatalogsItemValidationDetails] = ...,
            list_price_invalid: Optional[CatalogsItemValidationDetails] = ...,
            max_items_per_item_group_exceeded: Optional[CatalogsItemValidationDetails] = ...,
            parse_line_error: Optional[CatalogsItemValidationDetails] = ...,
            pinjoin_content_unsafe: Optional[CatalogsItemValidationDetails] = ...,
            price_cannot_be_determined: Optional[CatalogsItemValidationDetails] = ...,
            price_missing: Optional[CatalogsItemValidationDetails] = ...,
            product_link_missing: Optional[CatalogsItemValidationDetails] = ...,
            product_price_invalid: Optional[CatalogsItemValidationDetails] = ...,
            title_missing: Optional[CatalogsItemValidationDetails] = ...,
        ) -> None: ...


__all__ = ["CatalogsItemValidationErrors"]
