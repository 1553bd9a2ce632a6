# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import List, Optional, Union

    from pinterest_client.model.targeting_spec_gender import TargetingSpecGender


class TargetingSpecOperationGender(Model):
    """TargetingSpecOperationGender (component schema `TargetingSpecOperationGender`)."""

    field: str

    operation: str

    values: Optional[List[Union[TargetingSpecGender, str]]]

    _spec = (
        ('field', 'str', 'required', {'enum': ('GENDER',)}),
        ('operation', 'str', 'required', {'enum': ('SET', 'ADD', 'REMOVE')}),
        ('values', 'list[TargetingSpecGender]', 'required nullable'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            field: Optional[str] = ...,
            operation: Optional[str] = ...,
            values: Optional[List[Union[TargetingSpecGender, str]]] = ...,
        ) -> None: ...


__all__ = ["TargetingSpecOperationGender"]
