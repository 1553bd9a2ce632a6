# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.permissions_response import PermissionsResponse


class DeletePartnerAssetsResult(Model):
    """The terminated asset access."""

    asset_id: Optional[str]
    """Unique identifier of a business asset."""

    asset_type: Optional[str]
    """Type of asset. Currently we only support AD_ACCOUNT, PROFILE, ASSET_GROUP and CATALOG."""

    is_shared_partner: Optional[bool]
    """If is_shared_partner=FALSE, you terminated a partner's asset access to your business asset.<br> If is_shared_partner=TRUE, you terminated your asset access to your partner's business asset."""

    partner_id: Optional[str]
    """Unique identifier of a business partner."""

    permissions: Optional[PermissionsResponse]
    """Permission levels member or partner has on an asset."""

    _fields = (
        Field('asset_id', 'str', pattern='^\\d+$'),
        Field('asset_type', 'str'),
        Field('is_shared_partner', 'bool'),
        Field('partner_id', 'str', pattern='^\\d+$'),
        Field('permissions', 'PermissionsResponse'),
    )
