# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional, Union

    from pinterest_client.model.targeting_spec_age_bucket import TargetingSpecAgeBucket, TargetingSpecAgeBucketValue


class TargetingSpecOperationAgeBucket(Model):
    """TargetingSpecOperationAgeBucket (component schema `TargetingSpecOperationAgeBucket`)."""

    field: str = Field("str", required=True, enum=("AGE_BUCKET",))

    operation: str = Field("str", required=True, enum=("SET",))

    values: Optional[List[Union[TargetingSpecAgeBucket, str]]] = Field(
        "list[TargetingSpecAgeBucket]", required=True, nullable=True
    )

    _positional = ("values",)
    _defaults = {"field": "AGE_BUCKET", "operation": "SET"}

    if TYPE_CHECKING:

        def __init__(
            self,
            values: Optional[List[Union[TargetingSpecAgeBucket, TargetingSpecAgeBucketValue]]],
            *,
            field: Optional[str] = ...,
            operation: Optional[str] = ...,
        ) -> None: ...


__all__ = ["TargetingSpecOperationAgeBucket"]
