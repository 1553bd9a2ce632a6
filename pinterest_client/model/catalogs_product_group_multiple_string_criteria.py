# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional


class CatalogsProductGroupMultipleStringCriteria(Model):
    """catalogs_product_group_multiple_string_criteria"""

    negated: Optional[bool] = Field("bool")

    values: List[str] = Field("list[str]", required=True)

    _positional = ("values",)
    _additional = None

    if TYPE_CHECKING:

        def __init__(
            self,
            values: List[str],
            *,
            negated: Optional[bool] = ...,
        ) -> None: ...


__all__ = ["CatalogsProductGroupMultipleStringCriteria"]
