# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class LeadFormQuestionType(Enum):
    """Lead form question type"""

    CUSTOM = "CUSTOM"
    FULL_NAME = "FULL_NAME"
    FIRST_NAME = "FIRST_NAME"
    LAST_NAME = "LAST_NAME"
    EMAIL = "EMAIL"
    PHONE_NUMBER = "PHONE_NUMBER"
    ZIP_CODE = "ZIP_CODE"
    GENDER = "GENDER"
    CITY = "CITY"
    COUNTRY = "COUNTRY"
    STATE_PROVINCE = "STATE_PROVINCE"
    ADDRESS = "ADDRESS"
    DATE_OF_BIRTH = "DATE_OF_BIRTH"
    AGE = "AGE"


if TYPE_CHECKING:
    LeadFormQuestionTypeValue = Literal[
        "CUSTOM",
        "FULL_NAME",
        "FIRST_NAME",
        "LAST_NAME",
        "EMAIL",
        "PHONE_NUMBER",
        "ZIP_CODE",
        "GENDER",
        "CITY",
        "COUNTRY",
        "STATE_PROVINCE",
        "ADDRESS",
        "DATE_OF_BIRTH",
        "AGE",
    ]
    """What a parameter typed `LeadFormQuestionType` also takes: one of its values, as is."""


__all__ = ["LeadFormQuestionType"]
