# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.get_partner_assets_response import GetPartnerAssetsResponse


class BusinessPartnerAssetAccessGetResponse(Model):
    """BusinessPartnerAssetAccessGetResponse (inline schema)."""

    bookmark: Optional[str] = Field("str", nullable=True)

    items: List[GetPartnerAssetsResponse] = Field("list[GetPartnerAssetsResponse]", required=True)
    """List assets on which you granted access to your partner or assets on which your partner has granted you access.
    """

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            bookmark: Optional[str] = ...,
            items: Optional[List[GetPartnerAssetsResponse]] = ...,
        ) -> None: ...


__all__ = ["BusinessPartnerAssetAccessGetResponse"]
