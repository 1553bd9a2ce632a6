# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.delivery_metrics_response_items_item import DeliveryMetricsResponseItemsItem


class DeliveryMetricsResponse(Model):
    """DeliveryMetricsResponse (component schema `DeliveryMetricsResponse`)."""

    items: Optional[List[DeliveryMetricsResponseItemsItem]]

    _spec = (
        ('items', 'list[DeliveryMetricsResponseItemsItem]'),
    )
