# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Union

    from pinterest_client.model.user_list_operation_type import UserListOperationType, UserListOperationTypeValue


class CustomerListUploadCreateRequest(Model):
    """CustomerListUploadCreateRequest"""

    operation: Union[UserListOperationType, str] = Field("UserListOperationType", required=True)
    """operation"""

    total_parts: int = Field("int", required=True, maximum=10, minimum=1)
    """Number of parts to upload the file in."""

    _positional = ("operation", "total_parts")

    if TYPE_CHECKING:

        def __init__(
            self,
            operation: Union[UserListOperationType, UserListOperationTypeValue],
            total_parts: int,
        ) -> None: ...


__all__ = ["CustomerListUploadCreateRequest"]
