# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class ItemDeleteBatchRecord(Model):
    """Object describing an item batch record to delete items"""

    item_id: Optional[str] = Field("str")
    """The catalog item id in the merchant namespace"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            item_id: Optional[str] = ...,
        ) -> None: ...


__all__ = ["ItemDeleteBatchRecord"]
