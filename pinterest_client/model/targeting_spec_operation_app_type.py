# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, List, Optional, Union

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.targeting_spec_app_type import TargetingSpecAppType


class TargetingSpecOperationAppType(Model):
    """TargetingSpecOperationAppType (component schema `TargetingSpecOperationAppType`)."""

    field: str

    operation: str

    values: Optional[List[Union[TargetingSpecAppType, str]]]

    _fields = (
        Field('field', 'str', required=True, enum=('APPTYPE',)),
        Field('operation', 'str', required=True, enum=('SET', 'ADD', 'REMOVE')),
        Field('values', 'list[TargetingSpecAppType]', required=True, nullable=True),
    )
