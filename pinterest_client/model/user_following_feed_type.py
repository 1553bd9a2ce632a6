# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class UserFollowingFeedType(Enum):
    """Specifies the type of followees to be kept when filtering them."""

    ALL = "ALL"
    RANKED = "RANKED"
    CREATOR_ONLY = "CREATOR_ONLY"
    RANKED_CREATOR_ONLY = "RANKED_CREATOR_ONLY"


if TYPE_CHECKING:
    UserFollowingFeedTypeValue = Literal["ALL", "RANKED", "CREATOR_ONLY", "RANKED_CREATOR_ONLY"]
    """What a parameter typed `UserFollowingFeedType` also takes: one of its values, as is."""


__all__ = ["UserFollowingFeedType"]
