# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional, Union

    from pinterest_client.model.targeting_spec_gender import TargetingSpecGender, TargetingSpecGenderValue


class TargetingSpecOperationGender(Model):
    """TargetingSpecOperationGender (component schema `TargetingSpecOperationGender`)."""

    field: str = Field("str", required=True, enum=("GENDER",))

    operation: str = Field("str", required=True, enum=("SET", "ADD", "REMOVE"))

    values: Optional[List[Union[TargetingSpecGender, str]]] = Field(
        "list[TargetingSpecGender]", required=True, nullable=True
    )

    _defaults = {"field": "GENDER"}

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            field: Optional[str] = ...,
            operation: Optional[str] = ...,
            values: Optional[List[Union[TargetingSpecGender, TargetingSpecGenderValue]]] = ...,
        ) -> None: ...


__all__ = ["TargetingSpecOperationGender"]
