# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class ContentType(Enum):
    """ContentType (component schema)."""

    IMAGE_JPEG = "image/jpeg"
    IMAGE_PNG = "image/png"


if TYPE_CHECKING:
    ContentTypeValue = Literal["image/jpeg", "image/png"]
    """What a parameter typed `ContentType` also takes: one of its values, as is."""


__all__ = ["ContentType"]
