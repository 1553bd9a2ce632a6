# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional


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

    _spec = (
        ('id', 'str'),
        ('index', 'float'),
        ('key', 'str'),
        ('name', 'str'),
        ('ratio', 'float'),
    )
