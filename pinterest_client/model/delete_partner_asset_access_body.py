# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import List, Optional


class DeletePartnerAssetAccessBody(Model):
    """DeletePartnerAssetAccessBody (component schema `DeletePartnerAssetAccessBody`)."""

    accesses: List[DeletePartnerAssetAccessBodyAccessesItem]

    _spec = (
        ('accesses', 'list[DeletePartnerAssetAccessBodyAccessesItem]', 'required', {'max_items': 50, 'min_items': 1}),
    )
    _positional = ('accesses',)

    if TYPE_CHECKING:

        def __init__(
            self,
            accesses: List[DeletePartnerAssetAccessBodyAccessesItem],
        ) -> None: ...


class DeletePartnerAssetAccessBodyAccessesItem(Model):
    """DeletePartnerAssetAccessBodyAccessesItem (inline schema)."""

    asset_id: str
    """Unique identifier of the business asset."""

    partner_id: str
    """Unique identifier of a business partner to update asset access to."""

    partner_type: Optional[str]
    """If partner_type=INTERNAL, the deleted asset access is for the access the partner has to your business asset.<br>
    If partner_type=EXTERNAL, the deleted asset access is for the access you have to the partner's business asset.
    """

    _spec = (
        ('asset_id', 'str', 'required', {'max_length': 25, 'pattern': '^\\d+$'}),
        ('partner_id', 'str', 'required', {'max_length': 25, 'pattern': '^\\d+$'}),
        ('partner_type', 'str', '', {'enum': ('INTERNAL', 'EXTERNAL')}),
    )
    _positional = ('asset_id', 'partner_id')

    if TYPE_CHECKING:

        def __init__(
            self,
            asset_id: str,
            partner_id: str,
            *,
            partner_type: Optional[str] = ...,
        ) -> None: ...


__all__ = ["DeletePartnerAssetAccessBody", "DeletePartnerAssetAccessBodyAccessesItem"]
