# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class ActionType(Enum):
    """Ad group billable event type. For update, only draft ad groups may update billable event."""

    CLICKTHROUGH = "CLICKTHROUGH"
    IMPRESSION = "IMPRESSION"
    VIDEO_V_50_MRC = "VIDEO_V_50_MRC"


if TYPE_CHECKING:
    ActionTypeValue = Literal["CLICKTHROUGH", "IMPRESSION", "VIDEO_V_50_MRC"]
    """What a parameter typed `ActionType` also takes: one of its values, as is."""


__all__ = ["ActionType"]
