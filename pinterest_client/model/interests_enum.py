# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class InterestsEnum(Enum):
    """InterestsEnum (component schema)."""

    ALL = "ALL"
    ANIMALS = "ANIMALS"
    ARCHITECTURE = "ARCHITECTURE"
    ART = "ART"
    BEAUTY = "BEAUTY"
    DIY_AND_CRAFTS = "DIY_AND_CRAFTS"
    EDUCATION = "EDUCATION"
    EVENT_PLANNING = "EVENT_PLANNING"
    FASHION = "FASHION"
    FOOD_AND_DRINKS = "FOOD_AND_DRINKS"
    GARDENING = "GARDENING"
    HEALTH = "HEALTH"
    HOME_DECOR = "HOME_DECOR"
    PARENTING = "PARENTING"
    TRAVEL = "TRAVEL"
    WEDDING = "WEDDING"


if TYPE_CHECKING:
    InterestsEnumValue = Literal[
        "ALL",
        "ANIMALS",
        "ARCHITECTURE",
        "ART",
        "BEAUTY",
        "DIY_AND_CRAFTS",
        "EDUCATION",
        "EVENT_PLANNING",
        "FASHION",
        "FOOD_AND_DRINKS",
        "GARDENING",
        "HEALTH",
        "HOME_DECOR",
        "PARENTING",
        "TRAVEL",
        "WEDDING",
    ]
    """What a parameter typed `InterestsEnum` also takes: one of its values, as is."""


__all__ = ["InterestsEnum"]
