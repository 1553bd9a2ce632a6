# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class LeadFormStatus(Enum):
    """Status of the lead form"""

    DRAFT = "DRAFT"
    ACTIVE = "ACTIVE"


if TYPE_CHECKING:
    LeadFormStatusValue = Literal["DRAFT", "ACTIVE"]
    """What a parameter typed `LeadFormStatus` also takes: one of its values, as is."""


__all__ = ["LeadFormStatus"]
