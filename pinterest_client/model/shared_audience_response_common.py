# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional, Union

    from pinterest_client.model.role import Role, RoleValue


class SharedAudienceResponseCommon(Model):
    """SharedAudienceResponseCommon (component schema `SharedAudienceResponseCommon`)."""

    audience_id: Optional[str] = Field("str")
    """Audience ID that was shared"""

    permissions: Optional[List[Union[Role, str]]] = Field("list[Role]")
    _nullable = True

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            audience_id: Optional[str] = ...,
            permissions: Optional[List[Union[Role, RoleValue]]] = ...,
        ) -> None: ...


__all__ = ["SharedAudienceResponseCommon"]
