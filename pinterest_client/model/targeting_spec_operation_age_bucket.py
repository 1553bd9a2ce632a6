# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import List, Optional, Union

    from pinterest_client.model.targeting_spec_age_bucket import TargetingSpecAgeBucket


class TargetingSpecOperationAgeBucket(Model):
    """TargetingSpecOperationAgeBucket (component schema `TargetingSpecOperationAgeBucket`)."""

    field: str

    operation: str

    values: Optional[List[Union[TargetingSpecAgeBucket, str]]]

    _spec = (
        ('field', 'str', 'required', {'enum': ('AGE_BUCKET',)}),
        ('operation', 'str', 'required', {'enum': ('SET',)}),
        ('values', 'list[TargetingSpecAgeBucket]', 'required nullable'),
    )
    _positional = ('values',)

    if TYPE_CHECKING:

        def __init__(
            self,
            values: Optional[List[Union[TargetingSpecAgeBucket, str]]],
            *,
            field: Optional[str] = ...,
            operation: Optional[str] = ...,
        ) -> None: ...


__all__ = ["TargetingSpecOperationAgeBucket"]
