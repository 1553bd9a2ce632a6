# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional

    from pinterest_client.model.catalogs_item_validation_details import CatalogsItemValidationDetails


class CatalogsItemValidationErrors(Model):
    """CatalogsItemValidationErrors (component schema `CatalogsItemValidationErrors`)."""

    adult_invalid: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="ADULT_INVALID"
    )
    """Item has an invalid adult value."""

    adwords_format_invalid: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="ADWORDS_FORMAT_INVALID"
    )
    """Adword link contains too many characters."""

    availability_invalid: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AVAILABILITY_INVALID"
    )
    """Item is missing availability value in its product metadata, this item will not be published."""

    blocklisted_image_signature: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="BLOCKLISTED_IMAGE_SIGNATURE"
    )
    """Item will not be published because it doesn't meet Pinterest's Merchant Guidelines."""

    description_missing: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="DESCRIPTION_MISSING"
    )
    """Item is missing description in its product metadata, this item will not be published."""

    duplicate_products: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="DUPLICATE_PRODUCTS"
    )
    """This product is duplicated. The duplicate entry will not be published."""

    image_link_invalid: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="IMAGE_LINK_INVALID"
    )
    """Image link is invalid."""

    image_link_length_too_long: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="IMAGE_LINK_LENGTH_TOO_LONG"
    )
    """Item has image_link URL that contains too many characters, so the item will not be published."""

    image_link_missing: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="IMAGE_LINK_MISSING"
    )
    """Item is missing an image link URL in its product metadata, this item will not be published."""

    invalid_domain: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="INVALID_DOMAIN"
    )
    """Product link value doesn't match the verified domain associated with this account."""

    item_main_image_download_failure: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="ITEM_MAIN_IMAGE_DOWNLOAD_FAILURE"
    )
    """Main image can't be found."""

    itemid_missing: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="ITEMID_MISSING"
    )
    """Item is missing item id in its product metadata, this item will not be published."""

    link_format_invalid: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="LINK_FORMAT_INVALID"
    )
    """Link is invalid."""

    link_length_too_long: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="LINK_LENGTH_TOO_LONG"
    )
    """Product link contains too many characters, this item will not be published."""

    list_price_invalid: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="LIST_PRICE_INVALID"
    )
    """Item has a list price formatting error, this item will not be published."""

    max_items_per_item_group_exceeded: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="MAX_ITEMS_PER_ITEM_GROUP_EXCEEDED"
    )
    """Item exceed the maximum number of items per item group, this item will not be published."""

    parse_line_error: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="PARSE_LINE_ERROR"
    )
    """Item contains formating errors."""

    pinjoin_content_unsafe: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="PINJOIN_CONTENT_UNSAFE"
    )
    """Item will not be published because it doesn't meet Pinterest's Merchant Guidelines."""

    price_cannot_be_determined: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="PRICE_CANNOT_BE_DETERMINED"
    )
    """Item price cannot be determined because the price, list price, and sale price are all different."""

    price_missing: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="PRICE_MISSING"
    )
    """Product is missing a price, this item will not be published."""

    product_link_missing: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="PRODUCT_LINK_MISSING"
    )
    """Item is missing a link URL in its product metadata, this item will not be published."""

    product_price_invalid: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="PRODUCT_PRICE_INVALID"
    )
    """Item has a price formatting error in its product metadata, this item will not be published."""

    title_missing: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="TITLE_MISSING"
    )
    """Item is missing title in its product metadata, this item will not be published."""

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
