# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class CatalogsLocale(Enum):
    """CatalogsLocale (component schema)."""

    AF_ZA = "af-ZA"
    AR_SA = "ar-SA"
    BG_BG = "bg-BG"
    BN_IN = "bn-IN"
    CS_CZ = "cs-CZ"
    DA_DK = "da-DK"
    DE = "de"
    EL_GR = "el-GR"
    EN_AU = "en-AU"
    EN_CA = "en-CA"
    EN_GB = "en-GB"
    EN_IN = "en-IN"
    EN_US = "en-US"
    ES_419 = "es-419"
    ES_AR = "es-AR"
    ES_ES = "es-ES"
    ES_MX = "es-MX"
    FI_FI = "fi-FI"
    FR = "fr"
    FR_CA = "fr-CA"
    HE_IL = "he-IL"
    HI_IN = "hi-IN"
    HR_HR = "hr-HR"
    HU_HU = "hu-HU"
    ID_ID = "id-ID"
    IT = "it"
    JA = "ja"
    KO_KR = "ko-KR"
    MS_MY = "ms-MY"
    NB_NO = "nb-NO"
    NL = "nl"
    PL_PL = "pl-PL"
    PT_BR = "pt-BR"
    PT_PT = "pt-PT"
    RO_RO = "ro-RO"
    RU_RU = "ru-RU"
    SK_SK = "sk-SK"
    SV_SE = "sv-SE"
    TE_IN = "te-IN"
    TH_TH = "th-TH"
    TL_PH = "tl-PH"
    TR = "tr"
    UK_UA = "uk-UA"
    VI_VN = "vi-VN"
    ZH_CN = "zh-CN"
    ZH_TW = "zh-TW"


if TYPE_CHECKING:
    CatalogsLocaleValue = Literal[
        "af-ZA",
        "ar-SA",
        "bg-BG",
        "bn-IN",
        "cs-CZ",
        "da-DK",
        "de",
        "el-GR",
        "en-AU",
        "en-CA",
        "en-GB",
        "en-IN",
        "en-US",
        "es-419",
        "es-AR",
        "es-ES",
        "es-MX",
        "fi-FI",
        "fr",
        "fr-CA",
        "he-IL",
        "hi-IN",
        "hr-HR",
        "hu-HU",
        "id-ID",
        "it",
        "ja",
        "ko-KR",
        "ms-MY",
        "nb-NO",
        "nl",
        "pl-PL",
        "pt-BR",
        "pt-PT",
        "ro-RO",
        "ru-RU",
        "sk-SK",
        "sv-SE",
        "te-IN",
        "th-TH",
        "tl-PH",
        "tr",
        "uk-UA",
        "vi-VN",
        "zh-CN",
        "zh-TW",
    ]
    """What a parameter typed `CatalogsLocale` also takes: one of its values, as is."""


__all__ = ["CatalogsLocale"]
