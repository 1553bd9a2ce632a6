# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class TrendsSupportedRegion(Enum):
    """Region"""

    US = "US"
    CA = "CA"
    DE = "DE"
    FR = "FR"
    ES = "ES"
    IT = "IT"
    DE_PLUSAT_PLUSCH = "DE+AT+CH"
    GB_PLUSIE = "GB+IE"
    IT_PLUSES_PLUSPT_PLUSGR_PLUSMT = "IT+ES+PT+GR+MT"
    PL_PLUSRO_PLUSHU_PLUSSK_PLUSCZ = "PL+RO+HU+SK+CZ"
    SE_PLUSDK_PLUSFI_PLUSNO = "SE+DK+FI+NO"
    NL_PLUSBE_PLUSLU = "NL+BE+LU"
    AR = "AR"
    BR = "BR"
    CO = "CO"
    MX = "MX"
    MX_PLUSAR_PLUSCO_PLUSCL = "MX+AR+CO+CL"
    AU_PLUSNZ = "AU+NZ"


if TYPE_CHECKING:
    TrendsSupportedRegionValue = Literal[
        "US",
        "CA",
        "DE",
        "FR",
        "ES",
        "IT",
        "DE+AT+CH",
        "GB+IE",
        "IT+ES+PT+GR+MT",
        "PL+RO+HU+SK+CZ",
        "SE+DK+FI+NO",
        "NL+BE+LU",
        "AR",
        "BR",
        "CO",
        "MX",
        "MX+AR+CO+CL",
        "AU+NZ",
    ]
    """What a parameter typed `TrendsSupportedRegion` also takes: one of its values, as is."""


__all__ = ["TrendsSupportedRegion"]
