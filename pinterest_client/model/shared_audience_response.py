# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional, Union

    from pinterest_client.model.role import Role, RoleValue


class SharedAudienceResponse(Model):
    """SharedAudienceResponse (component schema `SharedAudienceResponse`)."""

    audience_id: Optional[str] = Field("str")
    """Audience ID that was shared"""

    permissions: Optional[List[Union[Role, str]]] = Field("list[Role]")

    recipient_account_ids: Optional[List[str]] = Field("list[str]")
    """Account IDs that received the audience"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            audience_id: Optional[str] = ...,
            permissions: Optional[List[Union[Role, RoleValue]]] = ...,
            recipient_account_ids: Optional[List[str]] = ...,
        ) -> None: ...


__all__ = ["SharedAudienceResponse"]
