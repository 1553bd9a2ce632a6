# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class AudienceType(Enum):
    """Audience type"""

    CUSTOMER_LIST = "CUSTOMER_LIST"
    VISITOR = "VISITOR"
    ENGAGEMENT = "ENGAGEMENT"
    ACTALIKE = "ACTALIKE"
    PERSONA = "PERSONA"


if TYPE_CHECKING:
    AudienceTypeValue = Literal["CUSTOMER_LIST", "VISITOR", "ENGAGEMENT", "ACTALIKE", "PERSONA"]
    """What a parameter typed `AudienceType` also takes: one of its values, as is."""


__all__ = ["AudienceType"]
