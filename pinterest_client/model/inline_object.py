# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from typing import Any

from pinterest_client._types import Field
from pinterest_client.model.business_members_asset_access_delete_request import BusinessMembersAssetAccessDeleteRequest


class InlineObject(BusinessMembersAssetAccessDeleteRequest):
    """Deprecated: the original client's ``InlineObject`` (releases 0.1.2-0.1.12):
    :class:`BusinessMembersAssetAccessDeleteRequest` plus the
    properties it had then (board_id, board_section_id), kept so that code setting them still runs.
    """

    board_id: Any = Field("any")

    board_section_id: Any = Field("any")


__all__ = ["InlineObject"]
