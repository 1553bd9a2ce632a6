# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional

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

    _spec = (
        ('ADULT_INVALID', 'CatalogsItemValidationDetails'),
        ('ADWORDS_FORMAT_INVALID', 'CatalogsItemValidationDetails'),
        ('AVAILABILITY_INVALID', 'CatalogsItemValidationDetails'),
        ('BLOCKLISTED_IMAGE_SIGNATURE', 'CatalogsItemValidationDetails'),
        ('DESCRIPTION_MISSING', 'CatalogsItemValidationDetails'),
        ('DUPLICATE_PRODUCTS', 'CatalogsItemValidationDetails'),
        ('IMAGE_LINK_INVALID', 'CatalogsItemValidationDetails'),
        ('IMAGE_LINK_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('IMAGE_LINK_MISSING', 'CatalogsItemValidationDetails'),
        ('INVALID_DOMAIN', 'CatalogsItemValidationDetails'),
        ('ITEM_MAIN_IMAGE_DOWNLOAD_FAILURE', 'CatalogsItemValidationDetails'),
        ('ITEMID_MISSING', 'CatalogsItemValidationDetails'),
        ('LINK_FORMAT_INVALID', 'CatalogsItemValidationDetails'),
        ('LINK_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('LIST_PRICE_INVALID', 'CatalogsItemValidationDetails'),
        ('MAX_ITEMS_PER_ITEM_GROUP_EXCEEDED', 'CatalogsItemValidationDetails'),
        ('PARSE_LINE_ERROR', 'CatalogsItemValidationDetails'),
        ('PINJOIN_CONTENT_UNSAFE', 'CatalogsItemValidationDetails'),
        ('PRICE_CANNOT_BE_DETERMINED', 'CatalogsItemValidationDetails'),
        ('PRICE_MISSING', 'CatalogsItemValidationDetails'),
        ('PRODUCT_LINK_MISSING', 'CatalogsItemValidationDetails'),
        ('PRODUCT_PRICE_INVALID', 'CatalogsItemValidationDetails'),
        ('TITLE_MISSING', 'CatalogsItemValidationDetails'),
    )
