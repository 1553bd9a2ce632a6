# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class TargetingSpecOperationString(Model):
    """TargetingSpecOperationString (component schema `TargetingSpecOperationString`)."""

    field: str = Field("str", required=True)

    operation: str = Field("str", required=True, enum=("SET",))

    value: Optional[str] = Field("str", required=True, nullable=True)

    _positional = ("field", "value")
    _defaults = {"operation": "SET"}

    if TYPE_CHECKING:

        def __init__(
            self,
            field: str,
            value: Optional[str],
            *,
            operation: Optional[str] = ...,
        ) -> None: ...


__all__ = ["TargetingSpecOperationString"]
