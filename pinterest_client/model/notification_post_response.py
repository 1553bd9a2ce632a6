# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import Optional

from pinterest_client.model_utils import Field, Model


class NotificationPostResponse(Model):
    """NotificationResponse"""

    success: Optional[bool]
    """Returns true if the notification accepted."""

    received_at: Optional[int]
    """Received time. Unix timestamp in seconds."""

    error_msg: Optional[str]
    """error message when success is false"""

    _fields = (
        Field('success', 'bool'),
        Field('received_at', 'int'),
        Field('error_msg', 'str'),
    )
