# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.catalogs_retail_available_filter_values_filter_values import (
        CatalogsRetailAvailableFilterValuesFilterValues,
    )


class CatalogsRetailAvailableFilterValues(Model):
    """catalogs_retail_available_filter_values"""

    catalog_type: str

    filter_values: CatalogsRetailAvailableFilterValuesFilterValues
    """A map of filter attributes to their available values."""

    _fields = (
        Field('catalog_type', 'str', required=True, enum=('RETAIL',)),
        Field('filter_values', 'CatalogsRetailAvailableFilterValuesFilterValues', required=True),
    )
