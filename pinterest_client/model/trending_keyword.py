# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``TrendingKeyword`` is the original client's name (releases 0.1.11-0.1.12) for
:class:`TrendingKeywordsResponseTrendsItem`, the same class under its current name.
"""

from pinterest_client.model.trending_keywords_response_trends_item import TrendingKeywordsResponseTrendsItem

TrendingKeyword = TrendingKeywordsResponseTrendsItem

__all__ = ["TrendingKeyword"]
