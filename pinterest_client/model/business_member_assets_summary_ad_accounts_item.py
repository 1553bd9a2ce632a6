# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import List, Optional


class BusinessMemberAssetsSummaryAdAccountsItem(Model):
    """BusinessMemberAssetsSummaryAdAccountsItem (inline schema)."""

    id: Optional[str]
    """Unique identifier of a business ad account."""

    permissions: Optional[List[str]]
    """Permission levels member or partner has on an asset."""

    _spec = (
        ('id', 'str', '', {'max_length': 20, 'min_length': 1, 'pattern': '^\\d+$'}),
        ('permissions', 'PermissionsResponse'),
    )
