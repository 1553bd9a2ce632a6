# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.invite_response import InviteResponse


class GetInvitesResponse(Model):
    """GetInvitesResponse (inline schema)."""

    bookmark: Optional[str] = Field("str", nullable=True)

    items: List[InviteResponse] = Field("list[InviteResponse]", required=True)
    """List of invite and request data."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            bookmark: Optional[str] = ...,
            items: Optional[List[InviteResponse]] = ...,
        ) -> None: ...


__all__ = ["GetInvitesResponse"]
