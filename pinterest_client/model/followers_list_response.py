# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.user_summary import UserSummary


class FollowersListResponse(Model):
    """FollowersListResponse (inline schema)."""

    bookmark: Optional[str] = Field("str", nullable=True)

    items: List[UserSummary] = Field("list[UserSummary]", required=True)

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            bookmark: Optional[str] = ...,
            items: Optional[List[UserSummary]] = ...,
        ) -> None: ...


__all__ = ["FollowersListResponse"]
