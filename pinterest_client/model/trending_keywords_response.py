# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.trending_keywords_response_trends_item import TrendingKeywordsResponseTrendsItem


class TrendingKeywordsResponse(Model):
    """TrendingKeywordsResponse (component schema `TrendingKeywordsResponse`)."""

    trends: Optional[List[TrendingKeywordsResponseTrendsItem]]
    """The top trending keywords for the specified trend type in the requested region.<br />
    Results are ordered, with the first element in the array representing the #1 top trend.
    """

    _spec = (
        ('trends', 'list[TrendingKeywordsResponseTrendsItem]'),
    )
