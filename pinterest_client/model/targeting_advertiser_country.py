# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class TargetingAdvertiserCountry(Enum):
    """Advertiser's ISO two character country code."""

    US = "US"
    GB = "GB"
    CA = "CA"
    IE = "IE"
    AU = "AU"
    NZ = "NZ"
    FR = "FR"
    SE = "SE"
    IL = "IL"
    DE = "DE"
    AT = "AT"
    IT = "IT"
    ES = "ES"
    NL = "NL"
    BE = "BE"
    PT = "PT"
    CH = "CH"
    HK = "HK"
    JP = "JP"
    KR = "KR"
    SG = "SG"
    NO = "NO"
    DK = "DK"
    FI = "FI"
    CY = "CY"
    LU = "LU"
    MT = "MT"
    PL = "PL"
    RO = "RO"
    HU = "HU"
    CZ = "CZ"
    GR = "GR"
    SK = "SK"
    BR = "BR"
    MX = "MX"
    AR = "AR"
    CL = "CL"
    CO = "CO"


if TYPE_CHECKING:
    TargetingAdvertiserCountryValue = Literal[
        "US",
        "GB",
        "CA",
        "IE",
        "AU",
        "NZ",
        "FR",
        "SE",
        "IL",
        "DE",
        "AT",
        "IT",
        "ES",
        "NL",
        "BE",
        "PT",
        "CH",
        "HK",
        "JP",
        "KR",
        "SG",
        "NO",
        "DK",
        "FI",
        "CY",
        "LU",
        "MT",
        "PL",
        "RO",
        "HU",
        "CZ",
        "GR",
        "SK",
        "BR",
        "MX",
        "AR",
        "CL",
        "CO",
    ]
    """What a parameter typed `TargetingAdvertiserCountry` also takes: one of its values, as is."""


__all__ = ["TargetingAdvertiserCountry"]
