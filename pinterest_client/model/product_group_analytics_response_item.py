# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from pinterest_client.model.product_group_analytics_response import (
    ProductGroupAnalyticsResponseItem as ProductGroupAnalyticsResponseItem,
)

__all__ = ["ProductGroupAnalyticsResponseItem"]
