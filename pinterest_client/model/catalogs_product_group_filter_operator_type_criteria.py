# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import List, Optional

from pinterest_client.model_utils import Field, Model


class CatalogsProductGroupFilterOperatorTypeCriteria(Model):
    """catalogs_product_group_filter_operator_type_criteria"""

    filter_operator_type: Optional[str]

    negated: Optional[bool]

    values: List[str]

    _fields = (
        Field('filter_operator_type', 'str', enum=('IS', 'CONTAINS')),
        Field('negated', 'bool'),
        Field('values', 'list[str]', required=True),
    )
    _additional = None
