# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class CatalogsDeleteRetailItem(Model):
    """An item to be deleted"""

    item_id: str = Field("str", required=True)
    """The catalog item id in the merchant namespace"""

    last_updated_time: Optional[int] = Field("int")
    """The millisecond timestamp when the item was lastly modified by the merchant."""

    operation: str = Field("str", required=True, enum=("DELETE",))

    _positional = ("item_id",)
    _defaults = {"operation": "DELETE"}

    if TYPE_CHECKING:

        def __init__(
            self,
            item_id: str,
            *,
            last_updated_time: Optional[int] = ...,
            operation: Optional[str] = ...,
        ) -> None: ...


__all__ = ["CatalogsDeleteRetailItem"]
