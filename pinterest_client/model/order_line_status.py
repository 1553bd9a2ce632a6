# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class OrderLineStatus(Enum):
    """Order Line Status"""

    ACTIVE = "ACTIVE"
    PAUSED = "PAUSED"
    DELETED = "DELETED"


if TYPE_CHECKING:
    OrderLineStatusValue = Literal["ACTIVE", "PAUSED", "DELETED"]
    """What a parameter typed `OrderLineStatus` also takes: one of its values, as is."""


__all__ = ["OrderLineStatus"]
