# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import Enum


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


__all__ = ["Currency"]
