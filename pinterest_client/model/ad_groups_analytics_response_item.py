# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from pinterest_client.model.ad_groups_analytics_response import (
    AdGroupsAnalyticsResponseItem as AdGroupsAnalyticsResponseItem,
)

__all__ = ["AdGroupsAnalyticsResponseItem"]
