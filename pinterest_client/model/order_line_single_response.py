# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional

    from pinterest_client.model.order_line_response import OrderLineResponse


class OrderLineSingleResponse(Model):
    """OrderLineSingleResponse"""

    data: Optional[OrderLineResponse] = Field("OrderLineResponse")
    """OrderLineResponse"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            data: Optional[OrderLineResponse] = ...,
        ) -> None: ...


__all__ = ["OrderLineSingleResponse"]
