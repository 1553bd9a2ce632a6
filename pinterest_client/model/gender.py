# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class Gender(Enum):
    """Gender (component schema)."""

    FEMALE = "FEMALE"
    MALE = "MALE"
    UNISEX = "UNISEX"


if TYPE_CHECKING:
    GenderValue = Literal["FEMALE", "MALE", "UNISEX"]
    """What a parameter typed `Gender` also takes: one of its values, as is."""


__all__ = ["Gender"]
