# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import List, Optional


class TargetingSpecOperationList(Model):
    """TargetingSpecOperationList (component schema `TargetingSpecOperationList`)."""

    field: str

    operation: str

    values: Optional[List[str]]

    _spec = (
        ('field', 'str', 'required'),
        ('operation', 'str', 'required', {'enum': ('SET', 'ADD', 'REMOVE')}),
        ('values', 'list[str]', 'required nullable'),
    )
    _positional = ('field', 'operation', 'values')

    if TYPE_CHECKING:

        def __init__(
            self,
            field: str,
            operation: str,
            values: Optional[List[str]],
        ) -> None: ...


__all__ = ["TargetingSpecOperationList"]
