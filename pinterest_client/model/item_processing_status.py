# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import Enum


class ItemProcessingStatus(Enum):
    """The status of the item processing record"""

    SUCCESS = "SUCCESS"
    FAILURE = "FAILURE"
    PROCESSING = "PROCESSING"


__all__ = ["ItemProcessingStatus"]
