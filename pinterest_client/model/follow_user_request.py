# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class FollowUserRequest(Model):
    """FollowUserRequest"""

    auto_follow: Optional[bool] = Field("bool")
    """Whether this request comes as result of auto-follow after clicking on a link. Follow links can be used by
    partners on their site or in emails. Only selected partners can be followed this way. We verify that partner can
    be auto-followed.
    """

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            auto_follow: Optional[bool] = ...,
        ) -> None: ...


__all__ = ["FollowUserRequest"]
