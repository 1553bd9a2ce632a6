# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class Account(Model):
    """Account (component schema `Account`)."""

    about: Optional[str] = Field("str")
    """Profile about description."""

    account_type: Optional[str] = Field("str", enum=("PINNER", "BUSINESS"))
    """Type of account"""

    board_count: Optional[int] = Field("int", nullable=True, read_only=True)
    """User account board count.
    **Note**: Board count on user account level may differ from counts found elsewhere due to attribution of
    collaborative Boards.
    """

    business_name: Optional[str] = Field("str", nullable=True)

    follower_count: Optional[int] = Field("int", nullable=True, read_only=True)
    """User account follower count."""

    following_count: Optional[int] = Field("int", nullable=True, read_only=True)
    """User account following count."""

    id: Optional[str] = Field("str", pattern="^\\d+$")
    """User account ID."""

    monthly_views: Optional[int] = Field("int", nullable=True, read_only=True)
    """User account monthly views."""

    pin_count: Optional[int] = Field("int", nullable=True, read_only=True)
    """User account pin count. This includes both created and saved pins."""

    profile_image: Optional[str] = Field("str")

    username: Optional[str] = Field("str")

    website_url: Optional[str] = Field("str")

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            about: Optional[str] = ...,
            account_type: Optional[str] = ...,
            board_count: Optional[int] = ...,
            business_name: Optional[str] = ...,
            follower_count: Optional[int] = ...,
            following_count: Optional[int] = ...,
            id: Optional[str] = ...,
            monthly_views: Optional[int] = ...,
            pin_count: Optional[int] = ...,
            profile_image: Optional[str] = ...,
            username: Optional[str] = ...,
            website_url: Optional[str] = ...,
        ) -> None: ...


__all__ = ["Account"]
