# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List

    from pinterest_client.model.create_asset_invites_request_item import CreateAssetInvitesRequestItem


class CreateAssetInvitesRequest(Model):
    """Request body for updating asset roles for existing invites."""

    invites: List[CreateAssetInvitesRequestItem] = Field(
        "list[CreateAssetInvitesRequestItem]", required=True, max_items=50, min_items=1
    )

    _positional = ("invites",)

    if TYPE_CHECKING:

        def __init__(
            self,
            invites: List[CreateAssetInvitesRequestItem],
        ) -> None: ...


__all__ = ["CreateAssetInvitesRequest"]
