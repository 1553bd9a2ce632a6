# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, List, Optional, Union

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.targeting_spec_age_bucket import TargetingSpecAgeBucket


class TargetingSpecOperationAgeBucket(Model):
    """TargetingSpecOperationAgeBucket (component schema `TargetingSpecOperationAgeBucket`)."""

    field: str

    operation: str

    values: Optional[List[Union[TargetingSpecAgeBucket, str]]]

    _fields = (
        Field('field', 'str', required=True, enum=('AGE_BUCKET',)),
        Field('operation', 'str', required=True, enum=('SET',)),
        Field('values', 'list[TargetingSpecAgeBucket]', required=True, nullable=True),
    )
