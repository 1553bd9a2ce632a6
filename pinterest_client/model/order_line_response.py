# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, List, Optional

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.order_line import OrderLine
    from pinterest_client.model.order_line_error import OrderLineError


class OrderLineResponse(Model):
    """OrderLineResponse"""

    errors: Optional[List[OrderLineError]]
    """Error list if update(s) fail."""

    order_line: Optional[List[OrderLine]]
    """Order Line object array."""

    _fields = (
        Field('errors', 'list[OrderLineError]'),
        Field('order_line', 'list[OrderLine]'),
    )
