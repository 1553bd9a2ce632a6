# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class CatalogsProductGroupUint32Criteria(Model):
    """catalogs_product_group_uint32_criteria"""

    negated: Optional[bool] = Field("bool")

    operator: str = Field(
        "str", required=True, enum=("GREATER_THAN", "GREATER_THAN_OR_EQUALS", "LESS_THAN", "LESS_THAN_OR_EQUALS")
    )

    value: int = Field("int", required=True, maximum=4294967295, minimum=0)

    _positional = ("operator", "value")
    _additional = None

    if TYPE_CHECKING:

        def __init__(
            self,
            operator: str,
            value: int,
            *,
            negated: Optional[bool] = ...,
        ) -> None: ...


__all__ = ["CatalogsProductGroupUint32Criteria"]
