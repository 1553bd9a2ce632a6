# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.invite_response import InviteResponse


class GetInvitesResponse(Model):
    """GetInvitesResponse (inline schema)."""

    bookmark: Optional[str]

    items: List[InviteResponse]
    """List of invite and request data."""

    _spec = (
        ('bookmark', 'str', 'nullable'),
        ('items', 'list[InviteResponse]', 'required'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            bookmark: Optional[str] = ...,
            items: Optional[List[InviteResponse]] = ...,
        ) -> None: ...


__all__ = ["GetInvitesResponse"]
