# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field
from pinterest_client._unions import UnionModel

if TYPE_CHECKING:
    from typing import List, Optional, Union

    from pinterest_client.model.country import Country, CountryValue


class CatalogsRetailBatchRequest(Model):
    """A request object that can have multiple operations on a single retail batch"""

    catalog_id: Optional[str] = Field("str", pattern="^\\d+$")
    """Catalog id pertaining to the retail item. If not provided, default to oldest retail catalog"""

    catalog_type: str = Field("str", required=True, enum=("RETAIL",))

    country: Union[Country, str] = Field("Country", required=True)
    """Country ID from ISO 3166-1 alpha-2."""

    items: List[CatalogsRetailBatchRequestItemsItem] = Field(
        "list[CatalogsRetailBatchRequestItemsItem]", required=True, max_items=1000, min_items=1
    )
    """Array with catalogs item operations"""

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

    _positional = ("country", "language", "items")
    _defaults = {"catalog_type": "RETAIL"}
    _additional = None

    if TYPE_CHECKING:

        def __init__(
            self,
            country: Union[Country, CountryValue],
            language: str,
            items: List[CatalogsRetailBatchRequestItemsItem],
            *,
            catalog_id: Optional[str] = ...,
            catalog_type: Optional[str] = ...,
        ) -> None: ...


class CatalogsRetailBatchRequestItemsItem(UnionModel):
    """CatalogsRetailBatchRequestItemsItem (inline schema).

    One of: `CatalogsCreateRetailItem`, `CatalogsUpdateRetailItem`, `CatalogsUpsertRetailItem`,
    `CatalogsDeleteRetailItem`.
    """

    _variants = (
        "CatalogsCreateRetailItem",
        "CatalogsUpdateRetailItem",
        "CatalogsUpsertRetailItem",
        "CatalogsDeleteRetailItem",
    )
    _discriminator = (
        "operation",
        {
            "CREATE": "CatalogsCreateRetailItem",
            "UPDATE": "CatalogsUpdateRetailItem",
            "UPSERT": "CatalogsUpsertRetailItem",
            "DELETE": "CatalogsDeleteRetailItem",
        },
    )


__all__ = ["CatalogsRetailBatchRequest", "CatalogsRetailBatchRequestItemsItem"]
