# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from pinterest_client.model.delivery_metrics_response import (
    DeliveryMetricsResponseItemsItem as DeliveryMetricsResponseItemsItem,
)

__all__ = ["DeliveryMetricsResponseItemsItem"]
