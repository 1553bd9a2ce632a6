# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, List, Optional

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.audience_category_subcategories_item import AudienceCategorySubcategoriesItem


class AudienceCategory(Model):
    """AudienceCategory"""

    id: Optional[str]
    """Interest ID."""

    index: Optional[float]
    """Interest affinity index."""

    key: Optional[str]
    """Interest unique key (same as ID)."""

    name: Optional[str]
    """Interest name."""

    ratio: Optional[float]
    """Interest's percent of category's total audience."""

    subcategories: Optional[List[AudienceCategorySubcategoriesItem]]
    """Subcategory interest distribution"""

    _fields = (
        Field('id', 'str'),
        Field('index', 'float'),
        Field('key', 'str'),
        Field('name', 'str'),
        Field('ratio', 'float'),
        Field('subcategories', 'list[AudienceCategorySubcategoriesItem]'),
    )
