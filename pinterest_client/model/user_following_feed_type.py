# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import Enum


class UserFollowingFeedType(Enum):
    """Specifies the type of followees to be kept when filtering them."""

    ALL = "ALL"
    RANKED = "RANKED"
    CREATOR_ONLY = "CREATOR_ONLY"
    RANKED_CREATOR_ONLY = "RANKED_CREATOR_ONLY"


__all__ = ["UserFollowingFeedType"]
