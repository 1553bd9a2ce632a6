# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.catalogs_product_group_multiple_countries_criteria import (
        CatalogsProductGroupMultipleCountriesCriteria,
    )


class CountryFilter(Model):
    """COUNTRY"""

    COUNTRY: CatalogsProductGroupMultipleCountriesCriteria
    """catalogs_product_group_multiple_country_criteria"""

    _fields = (
        Field('COUNTRY', 'CatalogsProductGroupMultipleCountriesCriteria', required=True),
    )
    _additional = None
