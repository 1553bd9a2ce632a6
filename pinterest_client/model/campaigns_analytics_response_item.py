# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from pinterest_client.model.campaigns_analytics_response import (
    CampaignsAnalyticsResponseItem as CampaignsAnalyticsResponseItem,
)

__all__ = ["CampaignsAnalyticsResponseItem"]
