# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.catalogs_item_validation_details import CatalogsItemValidationDetails


class CatalogsItemValidationErrors(Model):
    """CatalogsItemValidationErrors (component schema `CatalogsItemValidationErrors`)."""

    ADULT_INVALID: Optional[CatalogsItemValidationDetails]
    """Item has an invalid adult value."""

    ADWORDS_FORMAT_INVALID: Optional[CatalogsItemValidationDetails]
    """Adword link contains too many characters."""

    AVAILABILITY_INVALID: Optional[CatalogsItemValidationDetails]
    """Item is missing availability value in its product metadata, this item will not be published."""

    BLOCKLISTED_IMAGE_SIGNATURE: Optional[CatalogsItemValidationDetails]
    """Item will not be published because it doesn't meet Pinterest's Merchant Guidelines."""

    DESCRIPTION_MISSING: Optional[CatalogsItemValidationDetails]
    """Item is missing description in its product metadata, this item will not be published."""

    DUPLICATE_PRODUCTS: Optional[CatalogsItemValidationDetails]
    """This product is duplicated. The duplicate entry will not be published."""

    IMAGE_LINK_INVALID: Optional[CatalogsItemValidationDetails]
    """Image link is invalid."""

    IMAGE_LINK_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """Item has image_link URL that contains too many characters, so the item will not be published."""

    IMAGE_LINK_MISSING: Optional[CatalogsItemValidationDetails]
    """Item is missing an image link URL in its product metadata, this item will not be published."""

    INVALID_DOMAIN: Optional[CatalogsItemValidationDetails]
    """Product link value doesn't match the verified domain associated with this account."""

    ITEM_MAIN_IMAGE_DOWNLOAD_FAILURE: Optional[CatalogsItemValidationDetails]
    """Main image can't be found."""

    ITEMID_MISSING: Optional[CatalogsItemValidationDetails]
    """Item is missing item id in its product metadata, this item will not be published."""

    LINK_FORMAT_INVALID: Optional[CatalogsItemValidationDetails]
    """Link is invalid."""

    LINK_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """Product link contains too many characters, this item will not be published."""

    LIST_PRICE_INVALID: Optional[CatalogsItemValidationDetails]
    """Item has a list price formatting error, this item will not be published."""

    MAX_ITEMS_PER_ITEM_GROUP_EXCEEDED: Optional[CatalogsItemValidationDetails]
    """Item exceed the maximum number of items per item group, this item will not be published."""

    PARSE_LINE_ERROR: Optional[CatalogsItemValidationDetails]
    """Item contains formating errors."""

    PINJOIN_CONTENT_UNSAFE: Optional[CatalogsItemValidationDetails]
    """Item will not be published because it doesn't meet Pinterest's Merchant Guidelines."""

    PRICE_CANNOT_BE_DETERMINED: Optional[CatalogsItemValidationDetails]
    """Item price cannot be determined because the price, list price, and sale price are all different."""

    PRICE_MISSING: Optional[CatalogsItemValidationDetails]
    """Product is missing a price, this item will not be published."""

    PRODUCT_LINK_MISSING: Optional[CatalogsItemValidationDetails]
    """Item is missing a link URL in its product metadata, this item will not be published."""

    PRODUCT_PRICE_INVALID: Optional[CatalogsItemValidationDetails]
    """Item has a price formatting error in its product metadata, this item will not be published."""

    TITLE_MISSING: Optional[CatalogsItemValidationDetails]
    """Item is missing title in its product metadata, this item will not be published."""

    _fields = (
        Field('ADULT_INVALID', 'CatalogsItemValidationDetails'),
        Field('ADWORDS_FORMAT_INVALID', 'CatalogsItemValidationDetails'),
        Field('AVAILABILITY_INVALID', 'CatalogsItemValidationDetails'),
        Field('BLOCKLISTED_IMAGE_SIGNATURE', 'CatalogsItemValidationDetails'),
        Field('DESCRIPTION_MISSING', 'CatalogsItemValidationDetails'),
        Field('DUPLICATE_PRODUCTS', 'CatalogsItemValidationDetails'),
        Field('IMAGE_LINK_INVALID', 'CatalogsItemValidationDetails'),
        Field('IMAGE_LINK_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        Field('IMAGE_LINK_MISSING', 'CatalogsItemValidationDetails'),
        Field('INVALID_DOMAIN', 'CatalogsItemValidationDetails'),
        Field('ITEM_MAIN_IMAGE_DOWNLOAD_FAILURE', 'CatalogsItemValidationDetails'),
        Field('ITEMID_MISSING', 'CatalogsItemValidationDetails'),
        Field('LINK_FORMAT_INVALID', 'CatalogsItemValidationDetails'),
        Field('LINK_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        Field('LIST_PRICE_INVALID', 'CatalogsItemValidationDetails'),
        Field('MAX_ITEMS_PER_ITEM_GROUP_EXCEEDED', 'CatalogsItemValidationDetails'),
        Field('PARSE_LINE_ERROR', 'CatalogsItemValidationDetails'),
        Field('PINJOIN_CONTENT_UNSAFE', 'CatalogsItemValidationDetails'),
        Field('PRICE_CANNOT_BE_DETERMINED', 'CatalogsItemValidationDetails'),
        Field('PRICE_MISSING', 'CatalogsItemValidationDetails'),
        Field('PRODUCT_LINK_MISSING', 'CatalogsItemValidationDetails'),
        Field('PRODUCT_PRICE_INVALID', 'CatalogsItemValidationDetails'),
        Field('TITLE_MISSING', 'CatalogsItemValidationDetails'),
    )
