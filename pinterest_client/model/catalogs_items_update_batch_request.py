# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Union

    from pinterest_client.model.batch_operation import BatchOperation, BatchOperationValue
    from pinterest_client.model.country import Country, CountryValue
    from pinterest_client.model.item_update_batch_record import ItemUpdateBatchRecord


class CatalogsItemsUpdateBatchRequest(Model):
    """Request object to update catalogs items"""

    country: Union[Country, str] = Field("Country", required=True)
    """Country ID from ISO 3166-1 alpha-2."""

    items: List[ItemUpdateBatchRecord] = Field(
        "list[ItemUpdateBatchRecord]", required=True, max_items=1000, min_items=1
    )
    """Array with catalogs items"""

    language: str = Field(
        "str",
        required=True,
        enum=(
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
        ),
    )
    """We recommend using the CatalogsLocale values."""

    operation: Union[BatchOperation, str] = Field("BatchOperation", required=True)
    """The operation performed by the batch. The DELETE_DISCONTINUED operation only updates availablity to "Out of
    Stock".
    """

    _positional = ("country", "language", "operation", "items")
    _additional = None

    if TYPE_CHECKING:

        def __init__(
            self,
            country: Union[Country, CountryValue],
            language: str,
            operation: Union[BatchOperation, BatchOperationValue],
            items: List[ItemUpdateBatchRecord],
        ) -> None: ...


__all__ = ["CatalogsItemsUpdateBatchRequest"]
