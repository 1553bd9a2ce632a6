# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, List, Optional

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.get_partner_assets_response import GetPartnerAssetsResponse


class BusinessPartnerAssetAccessGetResponse(Model):
    """BusinessPartnerAssetAccessGetResponse (inline schema)."""

    bookmark: Optional[str]

    items: List[GetPartnerAssetsResponse]
    """List assets on which you granted access to your partner or assets on which your partner has granted you access."""

    _fields = (
        Field('bookmark', 'str', nullable=True),
        Field('items', 'list[GetPartnerAssetsResponse]', required=True),
    )
