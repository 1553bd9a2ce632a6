# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.item_attributes_request import ItemAttributesRequest


class CatalogsUpsertRetailItem(Model):
    """An item to be upserted"""

    attributes: ItemAttributesRequest

    item_id: str
    """The catalog item id in the merchant namespace"""

    operation: str

    _fields = (
        Field('attributes', 'ItemAttributesRequest', required=True),
        Field('item_id', 'str', required=True),
        Field('operation', 'str', required=True, enum=('UPSERT',)),
    )
