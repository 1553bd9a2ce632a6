# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import Optional

from pinterest_client.model_utils import Field, Model


class CatalogsProductGroupUint32Criteria(Model):
    """catalogs_product_group_uint32_criteria"""

    negated: Optional[bool]

    operator: str

    value: int

    _fields = (
        Field('negated', 'bool'),
        Field('operator', 'str', required=True, enum=('GREATER_THAN', 'GREATER_THAN_OR_EQUALS', 'LESS_THAN', 'LESS_THAN_OR_EQUALS')),
        Field('value', 'int', required=True, maximum=4294967295, minimum=0),
    )
    _additional = None
