# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import Model


class BusinessMembersAssetAccessDeleteRequestAccessesItem(Model):
    """BusinessMembersAssetAccessDeleteRequestAccessesItem (inline schema)."""

    asset_id: str
    """Id of the asset on which to remove member permissions."""

    member_id: str
    """Unique identifier of the member on which to perform the asset permission removal"""

    _spec = (
        ('asset_id', 'str', 'required', {'max_length': 25, 'pattern': '^\\d+$'}),
        ('member_id', 'str', 'required', {'max_length': 25, 'pattern': '^\\d+$'}),
    )
