# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional

    from pinterest_client.model.trending_keywords_response_trends_item_demographics_age_distribution import (
        TrendingKeywordsResponseTrendsItemDemographicsAgeDistribution,
    )
    from pinterest_client.model.trending_keywords_response_trends_item_demographics_gender_distribution import (
        TrendingKeywordsResponseTrendsItemDemographicsGenderDistribution,
    )


class TrendingKeywordsResponseTrendsItemDemographics(Model):
    """A mapping of demographic dimensions (e.g. "gender", "age") to their category distributions. <br />
    For each dimension: <br />
      - Key: The category (e.g., "female", "18-24"). <br />
      - Value: The proportion of search volume (e.g., 0.12 for 12%). <br />
        Values less than 0.05 are set to 0.04 for privacy. <br />
        The sum for all categories in a dimension will approximately equal 1. <br />
        Only applicable when `include_demographics` query parameter is set to `true`.
    """

    age_distribution: Optional[TrendingKeywordsResponseTrendsItemDemographicsAgeDistribution]
    """This represents a mapping from age bucket to distribution of search volume for a keyword.
    The sum of all values in this object should approximately be 1.
    """

    gender_distribution: Optional[TrendingKeywordsResponseTrendsItemDemographicsGenderDistribution]
    """This represents a mapping from gender to distribution of search volume for a keyword.
    The sum of all values in this object should approximately be 1.
    """

    _spec = (
        ('age_distribution', 'TrendingKeywordsResponseTrendsItemDemographicsAgeDistribution', 'nullable'),
        ('gender_distribution', 'TrendingKeywordsResponseTrendsItemDemographicsGenderDistribution', 'nullable'),
    )
