# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional


class TargetingSpecOperationString(Model):
    """TargetingSpecOperationString (component schema `TargetingSpecOperationString`)."""

    field: str

    operation: str

    value: Optional[str]

    _spec = (
        ('field', 'str', 'required'),
        ('operation', 'str', 'required', {'enum': ('SET',)}),
        ('value', 'str', 'required nullable'),
    )
    _positional = ('field', 'value')

    if TYPE_CHECKING:

        def __init__(
            self,
            field: str,
            value: Optional[str],
            *,
            operation: Optional[str] = ...,
        ) -> None: ...


__all__ = ["TargetingSpecOperationString"]
