# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional


class NotificationPostResponse(Model):
    """NotificationResponse"""

    success: Optional[bool]
    """Returns true if the notification accepted."""

    received_at: Optional[int]
    """Received time. Unix timestamp in seconds."""

    error_msg: Optional[str]
    """error message when success is false"""

    _spec = (
        ('success', 'bool'),
        ('received_at', 'int'),
        ('error_msg', 'str'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            success: Optional[bool] = ...,
            received_at: Optional[int] = ...,
            error_msg: Optional[str] = ...,
        ) -> None: ...


__all__ = ["NotificationPostResponse"]
