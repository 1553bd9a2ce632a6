# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from pinterest_client.model.catalogs_product_group_multiple_string_criteria import (
        CatalogsProductGroupMultipleStringCriteria,
    )


class ConditionFilter(Model):
    """CONDITION"""

    condition: CatalogsProductGroupMultipleStringCriteria = Field(
        "CatalogsProductGroupMultipleStringCriteria", wire="CONDITION", required=True
    )
    """catalogs_product_group_multiple_string_criteria"""

    _positional = ("condition",)
    _additional = None

    if TYPE_CHECKING:

        def __init__(
            self,
            condition: CatalogsProductGroupMultipleStringCriteria,
        ) -> None: ...


__all__ = ["ConditionFilter"]
