# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, List, Optional, Union

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.catalogs_type import CatalogsType
    from pinterest_client.model.item_attributes import ItemAttributes
    from pinterest_client.model.pin import Pin


class CatalogsRetailItemResponse(Model):
    """Object describing a retail item record"""

    attributes: Optional[ItemAttributes]

    catalog_type: Union[CatalogsType, str]
    """Type of the catalog entity."""

    item_id: Optional[str]
    """The catalog retail item id in the merchant namespace"""

    pins: Optional[List[Pin]]
    """The pins mapped to the item"""

    _fields = (
        Field('attributes', 'ItemAttributes'),
        Field('catalog_type', 'CatalogsType', required=True),
        Field('item_id', 'str'),
        Field('pins', 'list[Pin]', nullable=True, max_items=11),
    )
    _additional = None
