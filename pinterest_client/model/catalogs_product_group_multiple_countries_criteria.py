# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, List, Optional, Union

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.country import Country


class CatalogsProductGroupMultipleCountriesCriteria(Model):
    """catalogs_product_group_multiple_country_criteria"""

    negated: Optional[bool]

    values: List[Union[Country, str]]

    _fields = (
        Field('negated', 'bool'),
        Field('values', 'list[Country]', required=True),
    )
    _additional = None
