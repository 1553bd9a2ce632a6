# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import Enum


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


__all__ = ["InterestsEnum"]
