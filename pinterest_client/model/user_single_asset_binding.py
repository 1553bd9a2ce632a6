# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.business_access_user_summary import BusinessAccessUserSummary


class UserSingleAssetBinding(Model):
    """An object containing the permissions a business member/partner has on the asset."""

    permissions: Optional[List[str]] = Field("PermissionsResponse")
    """Permission levels member or partner has on an asset."""

    user: Optional[BusinessAccessUserSummary] = Field("BusinessAccessUserSummary")
    """Metadata of the member/partner that has access to the asset."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            permissions: Optional[List[str]] = ...,
            user: Optional[BusinessAccessUserSummary] = ...,
        ) -> None: ...


__all__ = ["UserSingleAssetBinding"]
