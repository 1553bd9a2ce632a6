# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class CreativeType(Enum):
    """Ad creative type enum.
    **Note:** SHOP_THE_PIN has been deprecated. Please use COLLECTION instead.
    """

    REGULAR = "REGULAR"
    VIDEO = "VIDEO"
    SHOPPING = "SHOPPING"
    CAROUSEL = "CAROUSEL"
    MAX_VIDEO = "MAX_VIDEO"
    SHOP_THE_PIN = "SHOP_THE_PIN"
    COLLECTION = "COLLECTION"
    IDEA = "IDEA"
    SHOWCASE = "SHOWCASE"
    QUIZ = "QUIZ"
    COLLAGE = "COLLAGE"
    MAX_WIDTH_REGULAR_COLLECTION = "MAX_WIDTH_REGULAR_COLLECTION"
    MAX_WIDTH_VIDEO_COLLECTION = "MAX_WIDTH_VIDEO_COLLECTION"


if TYPE_CHECKING:
    CreativeTypeValue = Literal[
        "REGULAR",
        "VIDEO",
        "SHOPPING",
        "CAROUSEL",
        "MAX_VIDEO",
        "SHOP_THE_PIN",
        "COLLECTION",
        "IDEA",
        "SHOWCASE",
        "QUIZ",
        "COLLAGE",
        "MAX_WIDTH_REGULAR_COLLECTION",
        "MAX_WIDTH_VIDEO_COLLECTION",
    ]
    """What a parameter typed `CreativeType` also takes: one of its values, as is."""


__all__ = ["CreativeType"]
