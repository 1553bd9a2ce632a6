# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Dict

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.gender_demographics import GenderDemographics


class ProductCategoriesDemographic(Model):
    """Age and gender distribution who engaged with this product category in the past 3 months"""

    age: Dict[str, float]
    """Age demographic distribution"""

    gender: GenderDemographics
    """Gender demographic distribution"""

    _fields = (
        Field('age', 'dict[float]', required=True),
        Field('gender', 'GenderDemographics', required=True),
    )
