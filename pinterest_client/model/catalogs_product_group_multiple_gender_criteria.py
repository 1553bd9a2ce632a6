# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional, Union

    from pinterest_client.model.gender import Gender, GenderValue


class CatalogsProductGroupMultipleGenderCriteria(Model):
    """catalogs_product_group_multiple_gender_criteria"""

    negated: Optional[bool] = Field("bool")

    values: List[Union[Gender, str]] = Field("list[Gender]", required=True)

    _positional = ("values",)
    _additional = None

    if TYPE_CHECKING:

        def __init__(
            self,
            values: List[Union[Gender, GenderValue]],
            *,
            negated: Optional[bool] = ...,
        ) -> None: ...


__all__ = ["CatalogsProductGroupMultipleGenderCriteria"]
