# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import Enum


class OrderLinePaidType(Enum):
    """Order Line Paid Type"""

    PAID = "PAID"
    BONUS = "BONUS"
    MAKE_GOOD = "MAKE_GOOD"
    TEST = "TEST"


__all__ = ["OrderLinePaidType"]
