# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional, Union

    from pinterest_client.model.role import Role, RoleValue


class BusinessSharedAudienceResponse(Model):
    """BusinessSharedAudienceResponse (component schema `BusinessSharedAudienceResponse`)."""

    audience_id: Optional[str] = Field("str")
    """Audience ID that was shared"""

    permissions: Optional[List[Union[Role, str]]] = Field("list[Role]")

    recipient_business_ids: Optional[List[str]] = Field("list[str]")
    """Business IDs that received the audience"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            audience_id: Optional[str] = ...,
            permissions: Optional[List[Union[Role, RoleValue]]] = ...,
            recipient_business_ids: Optional[List[str]] = ...,
        ) -> None: ...


__all__ = ["BusinessSharedAudienceResponse"]
