# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import Field, Model


class GenderDemographics(Model):
    """Gender demographic distribution"""

    female: float
    """Percentage of female users"""

    male: float
    """Percentage of male users"""

    unspecified: float
    """Percentage of users with unspecified gender"""

    _fields = (
        Field('female', 'float', required=True),
        Field('male', 'float', required=True),
        Field('unspecified', 'float', required=True),
    )
