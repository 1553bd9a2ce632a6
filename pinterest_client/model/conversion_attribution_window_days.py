# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import IntEnum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class ConversionAttributionWindowDays(IntEnum):
    """ConversionAttributionWindowDays (component schema)."""

    N0 = 0
    N1 = 1
    N7 = 7
    N14 = 14
    N30 = 30
    N60 = 60


if TYPE_CHECKING:
    ConversionAttributionWindowDaysValue = Literal[0, 1, 7, 14, 30, 60]
    """What a parameter typed `ConversionAttributionWindowDays` also takes: one of its values, as is."""


__all__ = ["ConversionAttributionWindowDays"]
