# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class OperationType(Enum):
    """Operation type to share a specific audience or revoke access to a previously shared audience"""

    SHARE = "SHARE"
    REVOKE = "REVOKE"


if TYPE_CHECKING:
    OperationTypeValue = Literal["SHARE", "REVOKE"]
    """What a parameter typed `OperationType` also takes: one of its values, as is."""


__all__ = ["OperationType"]
