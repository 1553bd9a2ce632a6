# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import Optional

from pinterest_client.model_utils import Field, Model


class TrendingKeywordsResponseTrendsItemDemographicsGenderDistribution(Model):
    """This represents a mapping from gender to distribution of search volume for a keyword.
    The sum of all values in this object should approximately be 1.
    """

    gender_distribution: Optional[str]

    _fields = (
        Field('gender_distribution', 'str', enum=('male', 'female', 'unspecified')),
    )
    _additional = 'float'
