# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class UserListOperationType(Enum):
    """User list operation type (add or remove)"""

    ADD = "ADD"
    REMOVE = "REMOVE"


if TYPE_CHECKING:
    UserListOperationTypeValue = Literal["ADD", "REMOVE"]
    """What a parameter typed `UserListOperationType` also takes: one of its values, as is."""


__all__ = ["UserListOperationType"]
