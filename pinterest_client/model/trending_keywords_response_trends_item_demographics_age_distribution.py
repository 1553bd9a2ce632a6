# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional


class TrendingKeywordsResponseTrendsItemDemographicsAgeDistribution(Model):
    """This represents a mapping from age bucket to distribution of search volume for a keyword.
    The sum of all values in this object should approximately be 1.
    """

    age_distribution: Optional[str]

    _spec = (
        ('age_distribution', 'str', '', {'enum': ('18-24', '25-34', '35-44', '45-49', '50-54', '55-64', '65+')}),
    )
    _additional = 'float'
