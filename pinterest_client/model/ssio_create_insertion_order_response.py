# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class SSIOCreateInsertionOrderResponse(Model):
    """SSIOCreateInsertionOrderResponse (component schema `SSIOCreateInsertionOrderResponse`)."""

    pin_order_id: Optional[str] = Field("str")
    """Salesforce order id"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            pin_order_id: Optional[str] = ...,
        ) -> None: ...


__all__ = ["SSIOCreateInsertionOrderResponse"]
