# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import Enum


class UserListOperationType(Enum):
    """User list operation type (add or remove)"""

    ADD = "ADD"
    REMOVE = "REMOVE"


__all__ = ["UserListOperationType"]
