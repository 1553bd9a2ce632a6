# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional, Union

    from pinterest_client.model.order_line_paid_type import OrderLinePaidType, OrderLinePaidTypeValue
    from pinterest_client.model.order_line_status import OrderLineStatus, OrderLineStatusValue


class OrderLines(Model):
    """Order Line"""

    ad_account_id: Optional[str] = Field("str")
    """Ad account ID."""

    budget: Optional[float] = Field("float", nullable=True)
    """Order line budget in micro currency."""

    end_time: Optional[float] = Field("float", nullable=True)
    """End time. Unix timestamp."""

    id: Optional[str] = Field("str", pattern="^\\d+$")
    """Order line ID."""

    name: Optional[str] = Field("str", nullable=True)
    """Order line name."""

    paid_budget: Optional[float] = Field("float", nullable=True)
    """Order line paid budget in micro currency."""

    paid_type: Optional[Union[OrderLinePaidType, str]] = Field("OrderLinePaidType", nullable=True)
    """Order line paid type."""

    purchase_order_id: Optional[str] = Field("str", nullable=True)
    """Purchase order ID."""

    start_time: Optional[float] = Field("float")
    """Start time. Unix timestamp."""

    status: Optional[Union[OrderLineStatus, str]] = Field("OrderLineStatus")
    """Order line status."""

    type: Optional[str] = Field("str")
    """Always "orderline"."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            ad_account_id: Optional[str] = ...,
            budget: Optional[float] = ...,
            end_time: Optional[float] = ...,
            id: Optional[str] = ...,
            name: Optional[str] = ...,
            paid_budget: Optional[float] = ...,
            paid_type: Optional[Union[OrderLinePaidType, OrderLinePaidTypeValue]] = ...,
            purchase_order_id: Optional[str] = ...,
            start_time: Optional[float] = ...,
            status: Optional[Union[OrderLineStatus, OrderLineStatusValue]] = ...,
            type: Optional[str] = ...,
        ) -> None: ...


__all__ = ["OrderLines"]
