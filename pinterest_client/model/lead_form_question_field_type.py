# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import Enum


class LeadFormQuestionFieldType(Enum):
    """Lead form question field type"""

    TEXT_FIELD = "TEXT_FIELD"
    TEXT_AREA = "TEXT_AREA"
    RADIO_LIST = "RADIO_LIST"
    CHECKBOX = "CHECKBOX"


__all__ = ["LeadFormQuestionFieldType"]
