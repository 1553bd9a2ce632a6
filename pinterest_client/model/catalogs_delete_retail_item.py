# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional


class CatalogsDeleteRetailItem(Model):
    """An item to be deleted"""

    item_id: str
    """The catalog item id in the merchant namespace"""

    last_updated_time: Optional[int]
    """The millisecond timestamp when the item was lastly modified by the merchant."""

    operation: str

    _spec = (
        ('item_id', 'str', 'required'),
        ('last_updated_time', 'int'),
        ('operation', 'str', 'required', {'enum': ('DELETE',)}),
    )
    _positional = ('item_id',)

    if TYPE_CHECKING:

        def __init__(
            self,
            item_id: str,
            *,
            last_updated_time: Optional[int] = ...,
            operation: Optional[str] = ...,
        ) -> None: ...


__all__ = ["CatalogsDeleteRetailItem"]
