# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``DeliveryMetricsResponseItems`` is the original client's name (releases 0.1.2-0.1.12) for
:class:`DeliveryMetricsResponseItemsItem`, the same class under its current name.
"""

from pinterest_client.model.delivery_metrics_response_items_item import DeliveryMetricsResponseItemsItem

DeliveryMetricsResponseItems = DeliveryMetricsResponseItemsItem

__all__ = ["DeliveryMetricsResponseItems"]
