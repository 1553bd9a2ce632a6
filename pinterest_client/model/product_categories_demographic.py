# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Dict

    from pinterest_client.model.gender_demographics import GenderDemographics


class ProductCategoriesDemographic(Model):
    """Age and gender distribution who engaged with this product category in the past 3 months"""

    age: Dict[str, float] = Field("dict[float]", required=True)
    """Age demographic distribution"""

    gender: GenderDemographics = Field("GenderDemographics", required=True)
    """Gender demographic distribution"""

    _positional = ("age", "gender")

    if TYPE_CHECKING:

        def __init__(
            self,
            age: Dict[str, float],
            gender: GenderDemographics,
        ) -> None: ...


__all__ = ["ProductCategoriesDemographic"]
