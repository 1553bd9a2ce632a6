# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional


class IntegrationLogsInvalidLogResponse(Model):
    """Schema describing the response when a log has invalid fields."""

    rejected_logs: Optional[List[IntegrationLogsInvalidLogResponseRejectedLogsItem]] = Field(
        "list[IntegrationLogsInvalidLogResponseRejectedLogsItem]"
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            rejected_logs: Optional[List[IntegrationLogsInvalidLogResponseRejectedLogsItem]] = ...,
        ) -> None: ...


class IntegrationLogsInvalidLogResponseRejectedLogsItem(Model):
    """IntegrationLogsInvalidLogResponseRejectedLogsItem (inline schema)."""

    field: str = Field("str", required=True)
    """The field name containing an invalid value."""

    log_index: Optional[int] = Field("int")
    """Index of the log in the batch."""

    reason: str = Field("str", required=True)
    """The reason the value is invalid."""

    value: str = Field("str", required=True)
    """The value that is invalid."""

    _positional = ("field", "reason", "value")

    if TYPE_CHECKING:

        def __init__(
            self,
            field: str,
            reason: str,
            value: str,
            *,
            log_index: Optional[int] = ...,
        ) -> None: ...


__all__ = ["IntegrationLogsInvalidLogResponse", "IntegrationLogsInvalidLogResponseRejectedLogsItem"]
