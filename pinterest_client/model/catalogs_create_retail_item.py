# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional

    from pinterest_client.model.item_attributes_request import ItemAttributesRequest


class CatalogsCreateRetailItem(Model):
    """An item to be created"""

    attributes: ItemAttributesRequest = Field("ItemAttributesRequest", required=True)

    item_id: str = Field("str", required=True)
    """The catalog item id in the merchant namespace"""

    operation: str = Field("str", required=True, enum=("CREATE",))

    _positional = ("item_id", "attributes")
    _defaults = {"operation": "CREATE"}

    if TYPE_CHECKING:

        def __init__(
            self,
            item_id: str,
            attributes: ItemAttributesRequest,
            *,
            operation: Optional[str] = ...,
        ) -> None: ...


__all__ = ["CatalogsCreateRetailItem"]
