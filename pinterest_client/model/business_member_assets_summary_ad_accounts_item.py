# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.permissions_response import PermissionsResponse


class BusinessMemberAssetsSummaryAdAccountsItem(Model):
    """BusinessMemberAssetsSummaryAdAccountsItem (inline schema)."""

    id: Optional[str]
    """Unique identifier of a business ad account."""

    permissions: Optional[PermissionsResponse]
    """Permission levels member or partner has on an asset."""

    _fields = (
        Field('id', 'str', max_length=20, min_length=1, pattern='^\\d+$'),
        Field('permissions', 'PermissionsResponse'),
    )
