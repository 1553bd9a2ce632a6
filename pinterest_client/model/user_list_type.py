# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import Enum


class UserListType(Enum):
    """User list type"""

    EMAIL = "EMAIL"
    IDFA = "IDFA"
    MAID = "MAID"
    LR_ID = "LR_ID"
    DLX_ID = "DLX_ID"
    HASHED_PINNER_ID = "HASHED_PINNER_ID"


__all__ = ["UserListType"]
