# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import Enum


class DataOutputFormat(Enum):
    """Format of generated report"""

    JSON = "JSON"
    CSV = "CSV"


__all__ = ["DataOutputFormat"]
