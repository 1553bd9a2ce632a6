# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class Currency(Enum):
    """Currency Codes from ISO 4217"""

    UNK = "UNK"
    USD = "USD"
    GBP = "GBP"
    CAD = "CAD"
    EUR = "EUR"
    AUD = "AUD"
    NZD = "NZD"
    SEK = "SEK"
    ILS = "ILS"
    CHF = "CHF"
    HKD = "HKD"
    JPY = "JPY"
    SGD = "SGD"
    KRW = "KRW"
    NOK = "NOK"
    DKK = "DKK"
    PLN = "PLN"
    RON = "RON"
    HUF = "HUF"
    CZK = "CZK"
    BRL = "BRL"
    MXN = "MXN"
    ARS = "ARS"
    CLP = "CLP"
    COP = "COP"
    INR = "INR"
    TRY = "TRY"


if TYPE_CHECKING:
    CurrencyValue = Literal[
        "UNK",
        "USD",
        "GBP",
        "CAD",
        "EUR",
        "AUD",
        "NZD",
        "SEK",
        "ILS",
        "CHF",
        "HKD",
        "JPY",
        "SGD",
        "KRW",
        "NOK",
        "DKK",
        "PLN",
        "RON",
        "HUF",
        "CZK",
        "BRL",
        "MXN",
        "ARS",
        "CLP",
        "COP",
        "INR",
        "TRY",
    ]
    """What a parameter typed `Currency` also takes: one of its values, as is."""


__all__ = ["Currency"]
