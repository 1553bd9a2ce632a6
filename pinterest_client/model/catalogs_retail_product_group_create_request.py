# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional, Union

    from pinterest_client.model.catalogs_locale import CatalogsLocale, CatalogsLocaleValue
    from pinterest_client.model.catalogs_product_group_filters_request import CatalogsProductGroupFiltersRequest
    from pinterest_client.model.country import Country, CountryValue


class CatalogsRetailProductGroupCreateRequest(Model):
    """Request object for creating a product group."""

    catalog_id: str = Field("str", required=True, pattern="^\\d+$")
    """Catalog id pertaining to the retail product group."""

    catalog_type: str = Field("str", required=True, enum=("RETAIL",))
    """Retail catalog based product group is available only for selected partners at the moment. If you are not
    eligible, please use feed based one.
    """

    country: Optional[Union[Country, str]] = Field("Country")
    """Country ID from ISO 3166-1 alpha-2."""

    description: Optional[str] = Field("str", nullable=True)

    filters: CatalogsProductGroupFiltersRequest = Field("CatalogsProductGroupFiltersRequest", required=True)
    """Object holding a group of filters for request on catalog product group. This is a distinct schema It is not
    possible to create or update a Product Group with empty filters. But some automatically generated Product Groups
    might have empty filters.
    """

    locale: Optional[Union[CatalogsLocale, str]] = Field("CatalogsLocale")

    name: str = Field("str", required=True)

    _positional = ("name", "filters", "catalog_id", "country", "locale")
    _defaults = {"catalog_type": "RETAIL"}
    _additional = None

    if TYPE_CHECKING:

        def __init__(
            self,
            name: str,
            filters: CatalogsProductGroupFiltersRequest,
            catalog_id: str,
            country: Union[Country, CountryValue],
            locale: Union[CatalogsLocale, CatalogsLocaleValue],
            *,
            catalog_type: Optional[str] = ...,
            description: Optional[str] = ...,
        ) -> None: ...


__all__ = ["CatalogsRetailProductGroupCreateRequest"]
