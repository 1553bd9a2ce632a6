# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional


class TargetingSpecOperationList(Model):
    """TargetingSpecOperationList (component schema `TargetingSpecOperationList`)."""

    field: str = Field("str", required=True)

    operation: str = Field("str", required=True, enum=("SET", "ADD", "REMOVE"))

    values: Optional[List[str]] = Field("list[str]", required=True, nullable=True)

    _positional = ("field", "operation", "values")

    if TYPE_CHECKING:

        def __init__(
            self,
            field: str,
            operation: str,
            values: Optional[List[str]],
        ) -> None: ...


__all__ = ["TargetingSpecOperationList"]
