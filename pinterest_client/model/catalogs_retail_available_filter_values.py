# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from pinterest_client.model.catalogs_retail_available_filter_values_filter_values import (
        CatalogsRetailAvailableFilterValuesFilterValues,
    )


class CatalogsRetailAvailableFilterValues(Model):
    """catalogs_retail_available_filter_values"""

    catalog_type: str

    filter_values: CatalogsRetailAvailableFilterValuesFilterValues
    """A map of filter attributes to their available values."""

    _spec = (
        ('catalog_type', 'str', 'required', {'enum': ('RETAIL',)}),
        ('filter_values', 'CatalogsRetailAvailableFilterValuesFilterValues', 'required'),
    )
