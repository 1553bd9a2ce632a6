# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional

    from pinterest_client.model.users_for_individual_asset_response import UsersForIndividualAssetResponse


class UpdateMemberAssetsResultsResponseArrayItemsItem(Model):
    """UpdateMemberAssetsResultsResponseArrayItemsItem (inline schema)."""

    response: Optional[UsersForIndividualAssetResponse]
    """An object containing the permissions a business member has on the asset."""

    _spec = (
        ('response', 'UsersForIndividualAssetResponse'),
    )
