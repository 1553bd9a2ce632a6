# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class DataOutputFormat(Enum):
    """Format of generated report"""

    JSON = "JSON"
    CSV = "CSV"


if TYPE_CHECKING:
    DataOutputFormatValue = Literal["JSON", "CSV"]
    """What a parameter typed `DataOutputFormat` also takes: one of its values, as is."""


__all__ = ["DataOutputFormat"]
