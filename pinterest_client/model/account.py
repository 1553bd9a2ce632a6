# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import Optional

from pinterest_client.model_utils import Field, Model


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

    _fields = (
        Field('about', 'str'),
        Field('account_type', 'str', enum=('PINNER', 'BUSINESS')),
        Field('board_count', 'int', nullable=True, read_only=True),
        Field('business_name', 'str', nullable=True),
        Field('follower_count', 'int', nullable=True, read_only=True),
        Field('following_count', 'int', nullable=True, read_only=True),
        Field('id', 'str', pattern='^\\d+$'),
        Field('monthly_views', 'int', nullable=True, read_only=True),
        Field('pin_count', 'int', nullable=True, read_only=True),
        Field('profile_image', 'str'),
        Field('username', 'str'),
        Field('website_url', 'str'),
    )
