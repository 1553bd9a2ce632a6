# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional, Union

    from pinterest_client.model.updatable_item_attributes import UpdatableItemAttributes
    from pinterest_client.model.update_mask_field_type import UpdateMaskFieldType, UpdateMaskFieldTypeValue


class CatalogsUpdateRetailItem(Model):
    """An item to be updated"""

    attributes: UpdatableItemAttributes = Field("UpdatableItemAttributes", required=True)

    item_id: str = Field("str", required=True)
    """The catalog item id in the merchant namespace"""

    operation: str = Field("str", required=True, enum=("UPDATE",))

    update_mask: Optional[List[Union[UpdateMaskFieldType, str]]] = Field("list[UpdateMaskFieldType]", nullable=True)
    """The list of product attributes to be updated. Attributes specified in the update mask without a value specified
    in the body will be deleted from the product item.
    """

    _positional = ("item_id", "attributes")
    _defaults = {"operation": "UPDATE"}

    if TYPE_CHECKING:

        def __init__(
            self,
            item_id: str,
            attributes: UpdatableItemAttributes,
            *,
            operation: Optional[str] = ...,
            update_mask: Optional[List[Union[UpdateMaskFieldType, UpdateMaskFieldTypeValue]]] = ...,
        ) -> None: ...


__all__ = ["CatalogsUpdateRetailItem"]
