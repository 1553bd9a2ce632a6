# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import Optional

from pinterest_client.model_utils import Field, Model


class TargetingSpecOperationMinMaxAge(Model):
    """TargetingSpecOperationMinMaxAge (component schema `TargetingSpecOperationMinMaxAge`)."""

    field: str

    operation: str

    value: Optional[str]

    _fields = (
        Field('field', 'str', required=True, enum=('MINIMUM_AGE', 'MAXIMUM_AGE')),
        Field('operation', 'str', required=True, enum=('SET',)),
        Field('value', 'str', required=True, nullable=True, pattern='^\\d+\\+?$'),
    )
