# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import Enum


class BulkUpsertStatus(Enum):
    """BulkUpsertStatus (component schema `BulkUpsertStatus`)."""

    RUNNING = "RUNNING"
    SUCCEEDED = "SUCCEEDED"
    FAILED = "FAILED"


__all__ = ["BulkUpsertStatus"]
