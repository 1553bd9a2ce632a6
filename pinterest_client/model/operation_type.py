# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import Enum


class OperationType(Enum):
    """Operation type to share a specific audience or revoke access to a previously shared audience"""

    SHARE = "SHARE"
    REVOKE = "REVOKE"


__all__ = ["OperationType"]
