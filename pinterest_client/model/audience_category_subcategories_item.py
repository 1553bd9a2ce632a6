# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import Optional

from pinterest_client.model_utils import Field, Model


class AudienceCategorySubcategoriesItem(Model):
    """AudienceSubcategory"""

    id: Optional[str]
    """Subinterest ID."""

    index: Optional[float]
    """Subinterest affinity index."""

    key: Optional[str]
    """Interest unique key (same as ID)."""

    name: Optional[str]
    """Subinterest name."""

    ratio: Optional[float]
    """Subinterest's percent of category's total audience."""

    _fields = (
        Field('id', 'str'),
        Field('index', 'float'),
        Field('key', 'str'),
        Field('name', 'str'),
        Field('ratio', 'float'),
    )
