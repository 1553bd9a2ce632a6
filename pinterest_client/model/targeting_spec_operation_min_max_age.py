# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class TargetingSpecOperationMinMaxAge(Model):
    """TargetingSpecOperationMinMaxAge (component schema `TargetingSpecOperationMinMaxAge`)."""

    field: str = Field("str", required=True, enum=("MINIMUM_AGE", "MAXIMUM_AGE"))

    operation: str = Field("str", required=True, enum=("SET",))

    value: Optional[str] = Field("str", required=True, nullable=True, pattern="^\\d+\\+?$")

    _defaults = {"operation": "SET"}

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            field: Optional[str] = ...,
            operation: Optional[str] = ...,
            value: Optional[str] = ...,
        ) -> None: ...


__all__ = ["TargetingSpecOperationMinMaxAge"]
