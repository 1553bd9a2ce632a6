# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, List, Optional, Union

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.catalogs_type import CatalogsType
    from pinterest_client.model.item_validation_event import ItemValidationEvent


class CatalogsCreativeAssetsItemErrorResponse(Model):
    """Object describing a creative assets item error"""

    catalog_type: Union[CatalogsType, str]
    """Type of the catalog entity."""

    creative_assets_id: Optional[str]
    """The catalog creative assets id in the merchant namespace"""

    errors: List[ItemValidationEvent]
    """Array with the errors for the item id requested"""

    _fields = (
        Field('catalog_type', 'CatalogsType', required=True),
        Field('creative_assets_id', 'str'),
        Field('errors', 'list[ItemValidationEvent]', required=True),
    )
    _additional = None
