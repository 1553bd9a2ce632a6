# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import List, Optional

from pinterest_client.model_utils import Field, Model


class TargetingSpecOperationAppType(Model):
    """TargetingSpecOperationAppType (component schema `TargetingSpecOperationAppType`)."""

    field: str

    operation: str

    values: Optional[List[str]]

    _fields = (
        Field('field', 'str', required=True),
        Field('operation', 'str', required=True, enum=('SET', 'ADD', 'REMOVE')),
        Field('values', 'list[str]', required=True, nullable=True),
    )
