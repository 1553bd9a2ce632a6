# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import List, Optional, Union

    from pinterest_client.model.order_line_paid_type import OrderLinePaidType
    from pinterest_client.model.order_line_status import OrderLineStatus


class OrderLine(Model):
    """OrderLine"""

    ad_account_id: Optional[str]
    """Ad account ID."""

    budget: Optional[float]
    """Order line budget in micro currency."""

    end_time: Optional[float]
    """End time. Unix timestamp."""

    id: Optional[str]
    """Order line ID."""

    name: Optional[str]
    """Order line name."""

    paid_budget: Optional[float]
    """Order line paid budget in micro currency."""

    paid_type: Optional[Union[OrderLinePaidType, str]]
    """Order line paid type."""

    purchase_order_id: Optional[str]
    """Purchase order ID."""

    start_time: Optional[float]
    """Start time. Unix timestamp."""

    status: Optional[Union[OrderLineStatus, str]]
    """Order line status."""

    type: Optional[str]
    """Always "orderline"."""

    campaign_ids: List[str]
    """Associated List of campaign IDs."""

    _spec = (
        ('ad_account_id', 'str'),
        ('budget', 'float', 'nullable'),
        ('end_time', 'float', 'nullable'),
        ('id', 'str', '', {'pattern': '^\\d+$'}),
        ('name', 'str', 'nullable'),
        ('paid_budget', 'float', 'nullable'),
        ('paid_type', 'OrderLinePaidType', 'nullable'),
        ('purchase_order_id', 'str', 'nullable'),
        ('start_time', 'float'),
        ('status', 'OrderLineStatus'),
        ('type', 'str'),
        ('campaign_ids', 'list[str]', 'required'),
    )

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
            paid_type: Optional[Union[OrderLinePaidType, str]] = ...,
            purchase_order_id: Optional[str] = ...,
            start_time: Optional[float] = ...,
            status: Optional[Union[OrderLineStatus, str]] = ...,
            type: Optional[str] = ...,
            campaign_ids: Optional[List[str]] = ...,
        ) -> None: ...


__all__ = ["OrderLine"]
