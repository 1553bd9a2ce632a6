# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class AudienceUpdateOperationType(Enum):
    """Audience operation type (update or remove)."""

    UPDATE = "UPDATE"
    REMOVE = "REMOVE"


if TYPE_CHECKING:
    AudienceUpdateOperationTypeValue = Literal["UPDATE", "REMOVE"]
    """What a parameter typed `AudienceUpdateOperationType` also takes: one of its values, as is."""


__all__ = ["AudienceUpdateOperationType"]
