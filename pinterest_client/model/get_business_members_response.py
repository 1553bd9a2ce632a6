# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.user_business_role_binding import UserBusinessRoleBinding


class GetBusinessMembersResponse(Model):
    """GetBusinessMembersResponse (inline schema)."""

    bookmark: Optional[str] = Field("str", nullable=True)

    items: List[UserBusinessRoleBinding] = Field("list[UserBusinessRoleBinding]", required=True)
    """List of business members."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            bookmark: Optional[str] = ...,
            items: Optional[List[UserBusinessRoleBinding]] = ...,
        ) -> None: ...


__all__ = ["GetBusinessMembersResponse"]
