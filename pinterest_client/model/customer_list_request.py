# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Any, Dict, Optional, Union

    from pinterest_client.model.user_list_type import UserListType, UserListTypeValue


class CustomerListRequest(Model):
    """CustomerListCreate"""

    list_type: Optional[Union[UserListType, str]] = Field("UserListType")
    """list_type"""

    name: str = Field("str", required=True)
    """Customer list name."""

    records: str = Field("str", required=True)
    """Records list. Can be any combination of emails, MAIDs, or IDFAs. Emails must be lowercase and can be plain text
    or hashed using SHA1, SHA256, or MD5. MAIDs and IDFAs must be hashed with SHA1, SHA256, or MD5.
    """

    exceptions: Optional[Dict[str, Any]] = Field("dict[any]")
    """Deprecated: Pinterest dropped this property after spec 5.14.0. Customer list errors."""

    _positional = ("name", "records")

    if TYPE_CHECKING:

        def __init__(
            self,
            name: str,
            records: str,
            *,
            list_type: Optional[Union[UserListType, UserListTypeValue]] = ...,
            exceptions: Optional[Dict[str, Any]] = ...,
        ) -> None: ...


__all__ = ["CustomerListRequest"]
