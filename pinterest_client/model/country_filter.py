# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from pinterest_client.model.catalogs_product_group_multiple_countries_criteria import (
        CatalogsProductGroupMultipleCountriesCriteria,
    )


class CountryFilter(Model):
    """COUNTRY"""

    country: CatalogsProductGroupMultipleCountriesCriteria = Field(
        "CatalogsProductGroupMultipleCountriesCriteria", wire="COUNTRY", required=True
    )
    """catalogs_product_group_multiple_country_criteria"""

    _positional = ("country",)
    _additional = None

    if TYPE_CHECKING:

        def __init__(
            self,
            country: CatalogsProductGroupMultipleCountriesCriteria,
        ) -> None: ...


__all__ = ["CountryFilter"]
