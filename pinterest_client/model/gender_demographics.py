# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field


class GenderDemographics(Model):
    """Gender demographic distribution"""

    female: float = Field("float", required=True)
    """Percentage of female users"""

    male: float = Field("float", required=True)
    """Percentage of male users"""

    unspecified: float = Field("float", required=True)
    """Percentage of users with unspecified gender"""

    _positional = ("female", "male", "unspecified")

    if TYPE_CHECKING:

        def __init__(
            self,
            female: float,
            male: float,
            unspecified: float,
        ) -> None: ...


__all__ = ["GenderDemographics"]
