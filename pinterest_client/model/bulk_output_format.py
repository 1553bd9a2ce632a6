# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import Enum


class BulkOutputFormat(Enum):
    """Bulk file output format"""

    CSV = "CSV"
    JSON = "JSON"


__all__ = ["BulkOutputFormat"]
