# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.order_lines import OrderLines


class OrderLinesArrayResponse(Model):
    """OrderLinesArrayResponse"""

    items: Optional[List[OrderLines]] = Field("list[OrderLines]")

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            items: Optional[List[OrderLines]] = ...,
        ) -> None: ...


__all__ = ["OrderLinesArrayResponse"]
