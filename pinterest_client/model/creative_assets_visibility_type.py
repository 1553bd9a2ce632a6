# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class CreativeAssetsVisibilityType(Enum):
    """Creative assets visibility."""

    VISIBLE = "VISIBLE"
    HIDDEN = "HIDDEN"


if TYPE_CHECKING:
    CreativeAssetsVisibilityTypeValue = Literal["VISIBLE", "HIDDEN"]
    """What a parameter typed `CreativeAssetsVisibilityType` also takes: one of its values, as is."""


__all__ = ["CreativeAssetsVisibilityType"]
