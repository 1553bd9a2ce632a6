# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional, Union

    from pinterest_client.model.catalogs_locale import CatalogsLocale, CatalogsLocaleValue
    from pinterest_client.model.catalogs_product_group_filters_request import CatalogsProductGroupFiltersRequest
    from pinterest_client.model.country import Country, CountryValue


class CatalogsRetailProductGroupUpdateRequest(Model):
    """Request object for updating a retail product group."""

    catalog_type: Optional[str] = Field("str", enum=("RETAIL",))
    """Retail catalog based product group is available only for selected partners at the moment. If you are not
    eligible, please use feed based one.
    """

    country: Optional[Union[Country, str]] = Field("Country")
    """Country ID from ISO 3166-1 alpha-2."""

    description: Optional[str] = Field("str", nullable=True)

    filters: Optional[CatalogsProductGroupFiltersRequest] = Field("CatalogsProductGroupFiltersRequest")
    """Object holding a group of filters for request on catalog product group. This is a distinct schema It is not
    possible to create or update a Product Group with empty filters. But some automatically generated Product Groups
    might have empty filters.
    """

    locale: Optional[Union[CatalogsLocale, str]] = Field("CatalogsLocale")

    name: Optional[str] = Field("str")

    _additional = None

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            catalog_type: Optional[str] = ...,
            country: Optional[Union[Country, CountryValue]] = ...,
            description: Optional[str] = ...,
            filters: Optional[CatalogsProductGroupFiltersRequest] = ...,
            locale: Optional[Union[CatalogsLocale, CatalogsLocaleValue]] = ...,
            name: Optional[str] = ...,
        ) -> None: ...


__all__ = ["CatalogsRetailProductGroupUpdateRequest"]
