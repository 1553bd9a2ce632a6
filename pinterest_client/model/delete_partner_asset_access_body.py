# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional


class DeletePartnerAssetAccessBody(Model):
    """DeletePartnerAssetAccessBody (component schema `DeletePartnerAssetAccessBody`)."""

    accesses: List[DeletePartnerAssetAccessBodyAccessesItem] = Field(
        "list[DeletePartnerAssetAccessBodyAccessesItem]", required=True, max_items=50, min_items=1
    )

    _positional = ("accesses",)

    if TYPE_CHECKING:

        def __init__(
            self,
            accesses: List[DeletePartnerAssetAccessBodyAccessesItem],
        ) -> None: ...


class DeletePartnerAssetAccessBodyAccessesItem(Model):
    """DeletePartnerAssetAccessBodyAccessesItem (inline schema)."""

    asset_id: str = Field("str", required=True, max_length=25, pattern="^\\d+$")
    """Unique identifier of the business asset."""

    partner_id: str = Field("str", required=True, max_length=25, pattern="^\\d+$")
    """Unique identifier of a business partner to update asset access to."""

    partner_type: Optional[str] = Field("str", enum=("INTERNAL", "EXTERNAL"))
    """If partner_type=INTERNAL, the deleted asset access is for the access the partner has to your business asset.

    If partner_type=EXTERNAL, the deleted asset access is for the access you have to the partner's business asset.
    """

    _positional = ("asset_id", "partner_id")

    if TYPE_CHECKING:

        def __init__(
            self,
            asset_id: str,
            partner_id: str,
            *,
            partner_type: Optional[str] = ...,
        ) -> None: ...


__all__ = ["DeletePartnerAssetAccessBody", "DeletePartnerAssetAccessBodyAccessesItem"]
