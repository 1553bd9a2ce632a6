# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import Enum


class MatchType(Enum):
    """Keyword match type"""

    BROAD = "BROAD"
    PHRASE = "PHRASE"
    EXACT = "EXACT"
    EXACT_NEGATIVE = "EXACT_NEGATIVE"
    PHRASE_NEGATIVE = "PHRASE_NEGATIVE"


__all__ = ["MatchType"]
