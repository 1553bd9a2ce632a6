# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import Optional

from pinterest_client.model_utils import Field, Model


class CatalogsDeleteRetailItem(Model):
    """An item to be deleted"""

    item_id: str
    """The catalog item id in the merchant namespace"""

    last_updated_time: Optional[int]
    """The millisecond timestamp when the item was lastly modified by the merchant."""

    operation: str

    _fields = (
        Field('item_id', 'str', required=True),
        Field('last_updated_time', 'int'),
        Field('operation', 'str', required=True, enum=('DELETE',)),
    )
