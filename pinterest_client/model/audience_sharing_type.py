# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class AudienceSharingType(Enum):
    """Deprecated: from Pinterest's spec 5.18.0, no longer in the current spec; kept for code written against the
    original client.

    Audience sharing type: ["CUSTOM", "SYNDICATED"]
    """

    CUSTOM = "CUSTOM"
    SYNDICATED = "SYNDICATED"


if TYPE_CHECKING:
    AudienceSharingTypeValue = Literal["CUSTOM", "SYNDICATED"]
    """What a parameter typed `AudienceSharingType` also takes: one of its values, as is."""


__all__ = ["AudienceSharingType"]
