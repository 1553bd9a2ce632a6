# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional


class TrendingKeywordsResponseTrendsItemDemographicsGenderDistribution(Model):
    """This represents a mapping from gender to distribution of search volume for a keyword.
    The sum of all values in this object should approximately be 1.
    """

    gender_distribution: Optional[str]

    _spec = (
        ('gender_distribution', 'str', '', {'enum': ('male', 'female', 'unspecified')}),
    )
    _additional = 'float'
