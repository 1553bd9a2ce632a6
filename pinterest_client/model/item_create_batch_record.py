# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional

    from pinterest_client.model.item_attributes_request import ItemAttributesRequest


class ItemCreateBatchRecord(Model):
    """Object describing an item batch record to create items"""

    attributes: Optional[ItemAttributesRequest] = Field("ItemAttributesRequest")

    item_id: Optional[str] = Field("str")
    """The catalog item id in the merchant namespace"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            attributes: Optional[ItemAttributesRequest] = ...,
            item_id: Optional[str] = ...,
        ) -> None: ...


__all__ = ["ItemCreateBatchRecord"]
