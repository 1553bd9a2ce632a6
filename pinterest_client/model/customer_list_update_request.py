# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional, Union

    from pinterest_client.model.exception import Exception
    from pinterest_client.model.user_list_operation_type import UserListOperationType, UserListOperationTypeValue


class CustomerListUpdateRequest(Model):
    """CustomerListUpdate"""

    operation_type: Union[UserListOperationType, str] = Field("UserListOperationType", required=True)
    """operation_type"""

    records: str = Field("str", required=True)
    """Records list. Can be any combination of emails, MAIDs, or IDFAs. Emails must be lowercase and can be plain text
    or hashed using SHA1, SHA256, or MD5. MAIDs and IDFAs must be hashed with SHA1, SHA256, or MD5.
    """

    exceptions: Optional[Exception] = Field("Exception")
    """Deprecated: Pinterest dropped this property after spec 5.14.0."""

    _positional = ("records", "operation_type")

    if TYPE_CHECKING:

        def __init__(
            self,
            records: str,
            operation_type: Union[UserListOperationType, UserListOperationTypeValue],
            *,
            exceptions: Optional[Exception] = ...,
        ) -> None: ...


__all__ = ["CustomerListUpdateRequest"]
