# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class BulkReportingJobStatus(Enum):
    """Possible status for a bulk reporting job"""

    DOES_NOT_EXIST = "DOES_NOT_EXIST"
    FINISHED = "FINISHED"
    IN_PROGRESS = "IN_PROGRESS"
    EXPIRED = "EXPIRED"
    FAILED = "FAILED"
    CANCELLED = "CANCELLED"


if TYPE_CHECKING:
    BulkReportingJobStatusValue = Literal["DOES_NOT_EXIST", "FINISHED", "IN_PROGRESS", "EXPIRED", "FAILED", "CANCELLED"]
    """What a parameter typed `BulkReportingJobStatus` also takes: one of its values, as is."""


__all__ = ["BulkReportingJobStatus"]
