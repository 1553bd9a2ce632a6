# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Union

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.catalogs_items_post_filters import CatalogsItemsPostFilters
    from pinterest_client.model.country import Country


class CatalogsItemsRequest(Model):
    """Request object of catalogs items"""

    country: Union[Country, str]
    """Country ID from ISO 3166-1 alpha-2."""

    filters: CatalogsItemsPostFilters

    language: str
    """We recommend using the CatalogsLocale values."""

    _fields = (
        Field('country', 'Country', required=True),
        Field('filters', 'CatalogsItemsPostFilters', required=True),
        Field('language', 'str', required=True),
    )
    _additional = None
