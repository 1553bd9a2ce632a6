# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class OrderLinePaidType(Enum):
    """Order Line Paid Type"""

    PAID = "PAID"
    BONUS = "BONUS"
    MAKE_GOOD = "MAKE_GOOD"
    TEST = "TEST"


if TYPE_CHECKING:
    OrderLinePaidTypeValue = Literal["PAID", "BONUS", "MAKE_GOOD", "TEST"]
    """What a parameter typed `OrderLinePaidType` also takes: one of its values, as is."""


__all__ = ["OrderLinePaidType"]
