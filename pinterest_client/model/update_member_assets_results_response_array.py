# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.users_for_individual_asset_response import UsersForIndividualAssetResponse


class UpdateMemberAssetsResultsResponseArray(Model):
    """UpdateMemberAssetsResultsResponseArray (component schema `UpdateMemberAssetsResultsResponseArray`)."""

    items: Optional[List[UpdateMemberAssetsResultsResponseArrayItemsItem]] = Field(
        "list[UpdateMemberAssetsResultsResponseArrayItemsItem]"
    )
    """List of assigned/updated member asset access.
    If there is an error, an exception object will be returned. If the action was successfully completed, a response
    object will be returned.
    """

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            items: Optional[List[UpdateMemberAssetsResultsResponseArrayItemsItem]] = ...,
        ) -> None: ...


class UpdateMemberAssetsResultsResponseArrayItemsItem(Model):
    """UpdateMemberAssetsResultsResponseArrayItemsItem (inline schema)."""

    response: Optional[UsersForIndividualAssetResponse] = Field("UsersForIndividualAssetResponse")
    """An object containing the permissions a business member has on the asset."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            response: Optional[UsersForIndividualAssetResponse] = ...,
        ) -> None: ...


__all__ = ["UpdateMemberAssetsResultsResponseArray", "UpdateMemberAssetsResultsResponseArrayItemsItem"]
