# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class AdsAnalyticsAdTargetingType(Enum):
    """Reporting targeting type for ads"""

    KEYWORD = "KEYWORD"
    APPTYPE = "APPTYPE"
    GENDER = "GENDER"
    LOCATION = "LOCATION"
    PLACEMENT = "PLACEMENT"
    COUNTRY = "COUNTRY"
    TARGETED_INTEREST = "TARGETED_INTEREST"
    PINNER_INTEREST = "PINNER_INTEREST"
    AUDIENCE_INCLUDE = "AUDIENCE_INCLUDE"
    GEO = "GEO"
    AGE_BUCKET = "AGE_BUCKET"
    REGION = "REGION"
    QUIZ_RESULT = "QUIZ_RESULT"
    AGE_BUCKET_AND_GENDER = "AGE_BUCKET_AND_GENDER"


if TYPE_CHECKING:
    AdsAnalyticsAdTargetingTypeValue = Literal[
        "KEYWORD",
        "APPTYPE",
        "GENDER",
        "LOCATION",
        "PLACEMENT",
        "COUNTRY",
        "TARGETED_INTEREST",
        "PINNER_INTEREST",
        "AUDIENCE_INCLUDE",
        "GEO",
        "AGE_BUCKET",
        "REGION",
        "QUIZ_RESULT",
        "AGE_BUCKET_AND_GENDER",
    ]
    """What a parameter typed `AdsAnalyticsAdTargetingType` also takes: one of its values, as is."""


__all__ = ["AdsAnalyticsAdTargetingType"]
