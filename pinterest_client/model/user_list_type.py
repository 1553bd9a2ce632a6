# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class UserListType(Enum):
    """User list type"""

    EMAIL = "EMAIL"
    IDFA = "IDFA"
    MAID = "MAID"
    LR_ID = "LR_ID"
    DLX_ID = "DLX_ID"
    HASHED_PINNER_ID = "HASHED_PINNER_ID"


if TYPE_CHECKING:
    UserListTypeValue = Literal["EMAIL", "IDFA", "MAID", "LR_ID", "DLX_ID", "HASHED_PINNER_ID"]
    """What a parameter typed `UserListType` also takes: one of its values, as is."""


__all__ = ["UserListType"]
