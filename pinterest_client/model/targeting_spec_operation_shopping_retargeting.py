# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.targeting_spec_shopping_retargeting import TargetingSpecShoppingRetargeting


class TargetingSpecOperationShoppingRetargeting(Model):
    """TargetingSpecOperationShoppingRetargeting (component schema `TargetingSpecOperationShoppingRetargeting`)."""

    field: str = Field("str", required=True, enum=("SHOPPING_RETARGETING",))

    operation: str = Field("str", required=True, enum=("SET",))

    values: Optional[List[TargetingSpecShoppingRetargeting]] = Field(
        "list[TargetingSpecShoppingRetargeting]", required=True, nullable=True
    )

    _defaults = {"field": "SHOPPING_RETARGETING", "operation": "SET"}

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            field: Optional[str] = ...,
            operation: Optional[str] = ...,
            values: Optional[List[TargetingSpecShoppingRetargeting]] = ...,
        ) -> None: ...


__all__ = ["TargetingSpecOperationShoppingRetargeting"]
