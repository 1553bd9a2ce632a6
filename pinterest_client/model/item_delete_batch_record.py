# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import Optional

from pinterest_client.model_utils import Field, Model


class ItemDeleteBatchRecord(Model):
    """Object describing an item batch record to delete items"""

    item_id: Optional[str]
    """The catalog item id in the merchant namespace"""

    _fields = (
        Field('item_id', 'str'),
    )
