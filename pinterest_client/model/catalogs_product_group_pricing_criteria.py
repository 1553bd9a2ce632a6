# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import Optional

from pinterest_client.model_utils import Field, Model


class CatalogsProductGroupPricingCriteria(Model):
    """catalogs_product_group_pricing_criteria"""

    inclusion: Optional[bool]

    negated: Optional[bool]

    values: float

    _fields = (
        Field('inclusion', 'bool'),
        Field('negated', 'bool'),
        Field('values', 'float', required=True, minimum=0),
    )
    _additional = None
