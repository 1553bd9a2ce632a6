# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Union

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.user_list_operation_type import UserListOperationType


class CustomerListUploadCreateRequest(Model):
    """CustomerListUploadCreateRequest"""

    operation: Union[UserListOperationType, str]
    """operation"""

    total_parts: int
    """Number of parts to upload the file in."""

    _fields = (
        Field('operation', 'UserListOperationType', required=True),
        Field('total_parts', 'int', required=True, maximum=10, minimum=1),
    )
