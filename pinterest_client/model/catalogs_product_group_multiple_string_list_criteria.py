# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional


class CatalogsProductGroupMultipleStringListCriteria(Model):
    """catalogs_product_group_multiple_string_list_criteria"""

    negated: Optional[bool] = Field("bool")

    values: List[List[str]] = Field("list[list[str]]", required=True)

    _positional = ("values",)
    _additional = None

    if TYPE_CHECKING:

        def __init__(
            self,
            values: List[List[str]],
            *,
            negated: Optional[bool] = ...,
        ) -> None: ...


__all__ = ["CatalogsProductGroupMultipleStringListCriteria"]
