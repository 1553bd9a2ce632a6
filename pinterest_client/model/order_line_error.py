# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.order_line import OrderLine


class OrderLineError(Model):
    """OrderLineError"""

    data: Optional[OrderLine] = Field("OrderLine")
    """OrderLine"""

    error_messages: Optional[List[str]] = Field("list[str]")
    """error_messages"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            data: Optional[OrderLine] = ...,
            error_messages: Optional[List[str]] = ...,
        ) -> None: ...


__all__ = ["OrderLineError"]
