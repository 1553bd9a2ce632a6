# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Optional, Union

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.user_list_type import UserListType


class CustomerListRequest(Model):
    """CustomerListCreate"""

    list_type: Optional[Union[UserListType, str]]
    """list_type"""

    name: str
    """Customer list name."""

    records: str
    """Records list. Can be any combination of emails, MAIDs, or IDFAs. Emails must be lowercase and can be plain text or hashed using SHA1, SHA256, or MD5. MAIDs and IDFAs must be hashed with SHA1, SHA256, or MD5."""

    _fields = (
        Field('list_type', 'UserListType'),
        Field('name', 'str', required=True),
        Field('records', 'str', required=True),
    )
