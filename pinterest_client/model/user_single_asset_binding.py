# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.business_access_user_summary import BusinessAccessUserSummary
    from pinterest_client.model.permissions_response import PermissionsResponse


class UserSingleAssetBinding(Model):
    """An object containing the permissions a business member/partner has on the asset."""

    permissions: Optional[PermissionsResponse]
    """Permission levels member or partner has on an asset."""

    user: Optional[BusinessAccessUserSummary]
    """Metadata of the member/partner that has access to the asset."""

    _fields = (
        Field('permissions', 'PermissionsResponse'),
        Field('user', 'BusinessAccessUserSummary'),
    )
