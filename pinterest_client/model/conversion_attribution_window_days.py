# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import IntEnum


class ConversionAttributionWindowDays(IntEnum):
    """ConversionAttributionWindowDays (component schema)."""

    N0 = 0
    N1 = 1
    N7 = 7
    N14 = 14
    N30 = 30
    N60 = 60


__all__ = ["ConversionAttributionWindowDays"]
