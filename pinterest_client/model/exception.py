# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class Exception(Model):
    """Generic exception class to be used within schemas"""

    code: Optional[int] = Field("int")
    """Exception error code."""

    message: Optional[str] = Field("str")
    """Exception message."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            code: Optional[int] = ...,
            message: Optional[str] = ...,
        ) -> None: ...


__all__ = ["Exception"]
