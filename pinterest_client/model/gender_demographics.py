# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model


class GenderDemographics(Model):
    """Gender demographic distribution"""

    female: float
    """Percentage of female users"""

    male: float
    """Percentage of male users"""

    unspecified: float
    """Percentage of users with unspecified gender"""

    _spec = (
        ('female', 'float', 'required'),
        ('male', 'float', 'required'),
        ('unspecified', 'float', 'required'),
    )
    _positional = ('female', 'male', 'unspecified')

    if TYPE_CHECKING:

        def __init__(
            self,
            female: float,
            male: float,
            unspecified: float,
        ) -> None: ...


__all__ = ["GenderDemographics"]
