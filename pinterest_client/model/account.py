# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional


class Account(Model):
    """Account (component schema `Account`)."""

    about: Optional[str]
    """Profile about description."""

    account_type: Optional[str]
    """Type of account"""

    board_count: Optional[int]
    """User account board count.<br/>**Note**: Board count on user account level may differ from counts found elsewhere due to attribution of collaborative Boards."""

    business_name: Optional[str]

    follower_count: Optional[int]
    """User account follower count."""

    following_count: Optional[int]
    """User account following count."""

    id: Optional[str]
    """User account ID."""

    monthly_views: Optional[int]
    """User account monthly views."""

    pin_count: Optional[int]
    """User account pin count. This includes both created and saved pins."""

    profile_image: Optional[str]

    username: Optional[str]

    website_url: Optional[str]

    _spec = (
        ('about', 'str'),
        ('account_type', 'str', '', {'enum': ('PINNER', 'BUSINESS')}),
        ('board_count', 'int', 'nullable read_only'),
        ('business_name', 'str', 'nullable'),
        ('follower_count', 'int', 'nullable read_only'),
        ('following_count', 'int', 'nullable read_only'),
        ('id', 'str', '', {'pattern': '^\\d+$'}),
        ('monthly_views', 'int', 'nullable read_only'),
        ('pin_count', 'int', 'nullable read_only'),
        ('profile_image', 'str'),
        ('username', 'str'),
        ('website_url', 'str'),
    )

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
