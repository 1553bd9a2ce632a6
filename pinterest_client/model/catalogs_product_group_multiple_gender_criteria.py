# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, List, Optional, Union

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.gender import Gender


class CatalogsProductGroupMultipleGenderCriteria(Model):
    """catalogs_product_group_multiple_gender_criteria"""

    negated: Optional[bool]

    values: List[Union[Gender, str]]

    _fields = (
        Field('negated', 'bool'),
        Field('values', 'list[Gender]', required=True),
    )
    _additional = None
