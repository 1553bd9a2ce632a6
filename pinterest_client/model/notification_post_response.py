# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class NotificationPostResponse(Model):
    """NotificationResponse"""

    success: Optional[bool] = Field("bool")
    """Returns true if the notification accepted."""

    received_at: Optional[int] = Field("int")
    """Received time. Unix timestamp in seconds."""

    error_msg: Optional[str] = Field("str")
    """error message when success is false"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            success: Optional[bool] = ...,
            received_at: Optional[int] = ...,
            error_msg: Optional[str] = ...,
        ) -> None: ...


__all__ = ["NotificationPostResponse"]
