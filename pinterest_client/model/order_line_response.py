# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.order_line import OrderLine
    from pinterest_client.model.order_line_error import OrderLineError


class OrderLineResponse(Model):
    """OrderLineResponse"""

    errors: Optional[List[OrderLineError]] = Field("list[OrderLineError]")
    """Error list if update(s) fail."""

    order_line: Optional[List[OrderLine]] = Field("list[OrderLine]")
    """Order Line object array."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            errors: Optional[List[OrderLineError]] = ...,
            order_line: Optional[List[OrderLine]] = ...,
        ) -> None: ...


__all__ = ["OrderLineResponse"]
