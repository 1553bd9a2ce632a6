# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from pinterest_client.model.trending_keywords_response import (
    TrendingKeywordsResponseTrendsItemDemographics as TrendingKeywordsResponseTrendsItemDemographics,
)

__all__ = ["TrendingKeywordsResponseTrendsItemDemographics"]
