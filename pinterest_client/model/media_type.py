# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class MediaType(Enum):
    """MediaType (component schema)."""

    IMAGE = "IMAGE"
    VIDEO = "VIDEO"


if TYPE_CHECKING:
    MediaTypeValue = Literal["IMAGE", "VIDEO"]
    """What a parameter typed `MediaType` also takes: one of its values, as is."""


__all__ = ["MediaType"]
