# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class BatchOperationStatus(Enum):
    """The status of the operation performed by the batch"""

    PROCESSING = "PROCESSING"
    COMPLETED = "COMPLETED"
    FAILED = "FAILED"


if TYPE_CHECKING:
    BatchOperationStatusValue = Literal["PROCESSING", "COMPLETED", "FAILED"]
    """What a parameter typed `BatchOperationStatus` also takes: one of its values, as is."""


__all__ = ["BatchOperationStatus"]
