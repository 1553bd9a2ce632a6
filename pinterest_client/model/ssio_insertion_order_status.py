# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class SSIOInsertionOrderStatus(Model):
    """SSIOInsertionOrderStatus (component schema `SSIOInsertionOrderStatus`)."""

    creation_time: Optional[str] = Field("str", nullable=True)
    """Salesforce insertion order creation time"""

    pin_order_id: Optional[str] = Field("str")
    """Salesforce order id"""

    status: Optional[str] = Field("str")
    """Salesforce insertion order status"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            creation_time: Optional[str] = ...,
            pin_order_id: Optional[str] = ...,
            status: Optional[str] = ...,
        ) -> None: ...


__all__ = ["SSIOInsertionOrderStatus"]
