# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional, Union

    from pinterest_client.model.catalogs_locale import CatalogsLocale, CatalogsLocaleValue
    from pinterest_client.model.catalogs_product_group_filters import CatalogsProductGroupFilters
    from pinterest_client.model.country import Country, CountryValue


class CatalogsRetailListProductsByCatalogBasedFilterRequest(Model):
    """Request object to list products for a given retail catalog_id and product group filter."""

    catalog_id: str = Field("str", required=True, pattern="^\\d+$")
    """Catalog id pertaining to the retail product group."""

    catalog_type: str = Field("str", required=True, enum=("RETAIL",))
    """Retail catalog based product group is available only for selected partners at the moment. If you are not
    eligible, please use feed based one.
    """

    country: Union[Country, str] = Field("Country", required=True)
    """Country ID from ISO 3166-1 alpha-2."""

    filters: CatalogsProductGroupFilters = Field("CatalogsProductGroupFilters", required=True)
    """Object holding a group of filters for a catalog product group"""

    locale: Union[CatalogsLocale, str] = Field("CatalogsLocale", required=True)

    _positional = ("catalog_id", "filters", "country", "locale")
    _defaults = {"catalog_type": "RETAIL"}
    _additional = None

    if TYPE_CHECKING:

        def __init__(
            self,
            catalog_id: str,
            filters: CatalogsProductGroupFilters,
            country: Union[Country, CountryValue],
            locale: Union[CatalogsLocale, CatalogsLocaleValue],
            *,
            catalog_type: Optional[str] = ...,
        ) -> None: ...


__all__ = ["CatalogsRetailListProductsByCatalogBasedFilterRequest"]
