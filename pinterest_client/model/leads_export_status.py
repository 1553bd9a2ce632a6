# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class LeadsExportStatus(Enum):
    """Status of a leads export job"""

    IN_PROGRESS = "IN_PROGRESS"
    FINISHED = "FINISHED"
    FAILED = "FAILED"


if TYPE_CHECKING:
    LeadsExportStatusValue = Literal["IN_PROGRESS", "FINISHED", "FAILED"]
    """What a parameter typed `LeadsExportStatus` also takes: one of its values, as is."""


__all__ = ["LeadsExportStatus"]
