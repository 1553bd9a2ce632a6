# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.permissions_response import PermissionsResponse


class UsersForIndividualAssetResponse(Model):
    """An object containing the permissions a business member has on the asset."""

    asset_id: Optional[str]
    """Unique identifier of a business asset."""

    member_id: Optional[str]
    """Unique identifier of the business member with asset access."""

    permissions: Optional[PermissionsResponse]
    """Permission levels member or partner has on an asset."""

    _fields = (
        Field('asset_id', 'str', pattern='^\\d+$'),
        Field('member_id', 'str', pattern='^\\d+$'),
        Field('permissions', 'PermissionsResponse'),
    )
