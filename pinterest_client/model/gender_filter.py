# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from pinterest_client.model.catalogs_product_group_multiple_gender_criteria import (
        CatalogsProductGroupMultipleGenderCriteria,
    )


class GenderFilter(Model):
    """GENDER"""

    gender: CatalogsProductGroupMultipleGenderCriteria = Field(
        "CatalogsProductGroupMultipleGenderCriteria", wire="GENDER", required=True
    )
    """catalogs_product_group_multiple_gender_criteria"""

    _positional = ("gender",)
    _additional = None

    if TYPE_CHECKING:

        def __init__(
            self,
            gender: CatalogsProductGroupMultipleGenderCriteria,
        ) -> None: ...


__all__ = ["GenderFilter"]
