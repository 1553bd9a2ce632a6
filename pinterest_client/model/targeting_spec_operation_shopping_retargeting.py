# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, List, Optional

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.targeting_spec_shopping_retargeting import TargetingSpecShoppingRetargeting


class TargetingSpecOperationShoppingRetargeting(Model):
    """TargetingSpecOperationShoppingRetargeting (component schema `TargetingSpecOperationShoppingRetargeting`)."""

    field: str

    operation: str

    values: Optional[List[TargetingSpecShoppingRetargeting]]

    _fields = (
        Field('field', 'str', required=True, enum=('SHOPPING_RETARGETING',)),
        Field('operation', 'str', required=True, enum=('SET',)),
        Field('values', 'list[TargetingSpecShoppingRetargeting]', required=True, nullable=True),
    )
