# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from pinterest_client.model.ads_analytics_response import AdsAnalyticsResponseItem as AdsAnalyticsResponseItem

__all__ = ["AdsAnalyticsResponseItem"]
