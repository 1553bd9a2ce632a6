# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class MatchTypeResponse(Enum):
    """Keyword match type"""

    BROAD = "BROAD"
    PHRASE = "PHRASE"
    EXACT = "EXACT"
    EXACT_NEGATIVE = "EXACT_NEGATIVE"
    PHRASE_NEGATIVE = "PHRASE_NEGATIVE"


if TYPE_CHECKING:
    MatchTypeResponseValue = Literal["BROAD", "PHRASE", "EXACT", "EXACT_NEGATIVE", "PHRASE_NEGATIVE"]
    """What a parameter typed `MatchTypeResponse` also takes: one of its values, as is."""


__all__ = ["MatchTypeResponse"]
