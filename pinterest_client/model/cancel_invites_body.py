# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List


class CancelInvitesBody(Model):
    """Request body used to cancel invites"""

    invite_ids: List[str] = Field(
        "list[str]", required=True, items={"max_length": 25, "pattern": "^\\d+$"}, max_items=50, min_items=1
    )
    """List of invite/request ids to be cancelled"""

    _positional = ("invite_ids",)

    if TYPE_CHECKING:

        def __init__(
            self,
            invite_ids: List[str],
        ) -> None: ...


__all__ = ["CancelInvitesBody"]
