# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import Optional

from pinterest_client.model_utils import Field, Model


class TrendingKeywordsResponseTrendsItemDemographicsAgeDistribution(Model):
    """This represents a mapping from age bucket to distribution of search volume for a keyword.
    The sum of all values in this object should approximately be 1.
    """

    age_distribution: Optional[str]

    _fields = (
        Field('age_distribution', 'str', enum=('18-24', '25-34', '35-44', '45-49', '50-54', '55-64', '65+')),
    )
    _additional = 'float'
