# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from pinterest_client.model.ad_account_analytics_response import (
    AdAccountAnalyticsResponseItem as AdAccountAnalyticsResponseItem,
)

__all__ = ["AdAccountAnalyticsResponseItem"]
