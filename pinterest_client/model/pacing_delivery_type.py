# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class PacingDeliveryType(Enum):
    """Ad group pacing delivery type. With ACCELERATED, an ad group budget is spent as fast as possible. With STANDARD,
    an ad group budget is spent smoothly over a day. When using CBO, only the STANDARD pacing delivery type is
    allowed.
    """

    STANDARD = "STANDARD"
    ACCELERATED = "ACCELERATED"


if TYPE_CHECKING:
    PacingDeliveryTypeValue = Literal["STANDARD", "ACCELERATED"]
    """What a parameter typed `PacingDeliveryType` also takes: one of its values, as is."""


__all__ = ["PacingDeliveryType"]
