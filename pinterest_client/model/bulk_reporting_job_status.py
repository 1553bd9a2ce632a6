# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import Enum


class BulkReportingJobStatus(Enum):
    """Possible status for a bulk reporting job"""

    DOES_NOT_EXIST = "DOES_NOT_EXIST"
    FINISHED = "FINISHED"
    IN_PROGRESS = "IN_PROGRESS"
    EXPIRED = "EXPIRED"
    FAILED = "FAILED"
    CANCELLED = "CANCELLED"


__all__ = ["BulkReportingJobStatus"]
