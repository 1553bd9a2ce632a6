# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class BulkUpsertStatus(Enum):
    """BulkUpsertStatus (component schema `BulkUpsertStatus`)."""

    RUNNING = "RUNNING"
    SUCCEEDED = "SUCCEEDED"
    FAILED = "FAILED"


if TYPE_CHECKING:
    BulkUpsertStatusValue = Literal["RUNNING", "SUCCEEDED", "FAILED"]
    """What a parameter typed `BulkUpsertStatus` also takes: one of its values, as is."""


__all__ = ["BulkUpsertStatus"]
