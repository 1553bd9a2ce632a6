# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import Field, Model


class BusinessMembersAssetAccessDeleteRequestAccessesItem(Model):
    """BusinessMembersAssetAccessDeleteRequestAccessesItem (inline schema)."""

    asset_id: str
    """Id of the asset on which to remove member permissions."""

    member_id: str
    """Unique identifier of the member on which to perform the asset permission removal"""

    _fields = (
        Field('asset_id', 'str', required=True, max_length=25, pattern='^\\d+$'),
        Field('member_id', 'str', required=True, max_length=25, pattern='^\\d+$'),
    )
