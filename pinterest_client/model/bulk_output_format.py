# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class BulkOutputFormat(Enum):
    """Bulk file output format"""

    CSV = "CSV"
    JSON = "JSON"


if TYPE_CHECKING:
    BulkOutputFormatValue = Literal["CSV", "JSON"]
    """What a parameter typed `BulkOutputFormat` also takes: one of its values, as is."""


__all__ = ["BulkOutputFormat"]
