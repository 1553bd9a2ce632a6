# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional


class CatalogsProductGroupFilterOperatorTypeCriteria(Model):
    """catalogs_product_group_filter_operator_type_criteria"""

    filter_operator_type: Optional[str] = Field("str", enum=("IS", "CONTAINS"))

    negated: Optional[bool] = Field("bool")

    values: List[str] = Field("list[str]", required=True)

    _positional = ("values",)
    _additional = None

    if TYPE_CHECKING:

        def __init__(
            self,
            values: List[str],
            *,
            filter_operator_type: Optional[str] = ...,
            negated: Optional[bool] = ...,
        ) -> None: ...


__all__ = ["CatalogsProductGroupFilterOperatorTypeCriteria"]
