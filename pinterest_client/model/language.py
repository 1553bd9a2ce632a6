# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class Language(Enum):
    """Language code, which is among the official ISO 639-1 language list."""

    AM = "AM"
    AR = "AR"
    AZ = "AZ"
    BG = "BG"
    BN = "BN"
    BS = "BS"
    CA = "CA"
    CS = "CS"
    DA = "DA"
    DV = "DV"
    DZ = "DZ"
    DE = "DE"
    EL = "EL"
    EN = "EN"
    ES = "ES"
    ET = "ET"
    FA = "FA"
    FI = "FI"
    FR = "FR"
    HE = "HE"
    HI = "HI"
    HR = "HR"
    HU = "HU"
    HY = "HY"
    ID = "ID"
    IN = "IN"
    IS = "IS"
    IT = "IT"
    IW = "IW"
    JA = "JA"
    KA = "KA"
    KM = "KM"
    KO = "KO"
    LO = "LO"
    LT = "LT"
    LV = "LV"
    MK = "MK"
    MN = "MN"
    MS = "MS"
    MY = "MY"
    NB = "NB"
    NE = "NE"
    NL = "NL"
    NO = "NO"
    PL = "PL"
    PT = "PT"
    RO = "RO"
    RU = "RU"
    SK = "SK"
    SL = "SL"
    SQ = "SQ"
    SR = "SR"
    SV = "SV"
    TL = "TL"
    UK = "UK"
    VI = "VI"
    TE = "TE"
    TH = "TH"
    TR = "TR"
    XX = "XX"
    ZH = "ZH"


if TYPE_CHECKING:
    LanguageValue = Literal[
        "AM",
        "AR",
        "AZ",
        "BG",
        "BN",
        "BS",
        "CA",
        "CS",
        "DA",
        "DV",
        "DZ",
        "DE",
        "EL",
        "EN",
        "ES",
        "ET",
        "FA",
        "FI",
        "FR",
        "HE",
        "HI",
        "HR",
        "HU",
        "HY",
        "ID",
        "IN",
        "IS",
        "IT",
        "IW",
        "JA",
        "KA",
        "KM",
        "KO",
        "LO",
        "LT",
        "LV",
        "MK",
        "MN",
        "MS",
        "MY",
        "NB",
        "NE",
        "NL",
        "NO",
        "PL",
        "PT",
        "RO",
        "RU",
        "SK",
        "SL",
        "SQ",
        "SR",
        "SV",
        "TL",
        "UK",
        "VI",
        "TE",
        "TH",
        "TR",
        "XX",
        "ZH",
    ]
    """What a parameter typed `Language` also takes: one of its values, as is."""


__all__ = ["Language"]
