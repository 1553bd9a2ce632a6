# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class IntegrationLogClientError(Model):
    """System error details included in the log sent by the client."""

    cause: Optional[str] = Field("str", max_length=512)
    """Original cause of the error."""

    column_number: Optional[int] = Field("int")
    """Column number in the line of the file that raised the error."""

    file_name: Optional[str] = Field("str", max_length=256)
    """Filename where the error happened."""

    line_number: Optional[int] = Field("int")
    """Line number where the error happened."""

    message: Optional[str] = Field("str", max_length=8192)
    """Human-readable description of the error."""

    message_detail: Optional[str] = Field("str", max_length=1024)
    """More detail about the message."""

    name: Optional[str] = Field("str", max_length=256)
    """Filename where the error happened."""

    number: Optional[int] = Field("int")
    """Integer that specifies the error code."""

    stack_trace: Optional[str] = Field("str")
    """Stack trace of where the error happened."""

    _additional = None

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            cause: Optional[str] = ...,
            column_number: Optional[int] = ...,
            file_name: Optional[str] = ...,
            line_number: Optional[int] = ...,
            message: Optional[str] = ...,
            message_detail: Optional[str] = ...,
            name: Optional[str] = ...,
            number: Optional[int] = ...,
            stack_trace: Optional[str] = ...,
        ) -> None: ...


__all__ = ["IntegrationLogClientError"]
