# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class CatalogsProductGroupPricingCriteria(Model):
    """catalogs_product_group_pricing_criteria"""

    inclusion: Optional[bool] = Field("bool")

    negated: Optional[bool] = Field("bool")

    values: float = Field("float", required=True, minimum=0)

    _positional = ("values",)
    _additional = None

    if TYPE_CHECKING:

        def __init__(
            self,
            values: float,
            *,
            inclusion: Optional[bool] = ...,
            negated: Optional[bool] = ...,
        ) -> None: ...


__all__ = ["CatalogsProductGroupPricingCriteria"]
