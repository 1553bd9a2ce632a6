# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class LeadFormQuestionFieldType(Enum):
    """Lead form question field type"""

    TEXT_FIELD = "TEXT_FIELD"
    TEXT_AREA = "TEXT_AREA"
    RADIO_LIST = "RADIO_LIST"
    CHECKBOX = "CHECKBOX"


if TYPE_CHECKING:
    LeadFormQuestionFieldTypeValue = Literal["TEXT_FIELD", "TEXT_AREA", "RADIO_LIST", "CHECKBOX"]
    """What a parameter typed `LeadFormQuestionFieldType` also takes: one of its values, as is."""


__all__ = ["LeadFormQuestionFieldType"]
