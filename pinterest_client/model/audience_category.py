# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import List, Optional


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

    _spec = (
        ('id', 'str'),
        ('index', 'float'),
        ('key', 'str'),
        ('name', 'str'),
        ('ratio', 'float'),
        ('subcategories', 'list[AudienceCategorySubcategoriesItem]'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: Optional[str] = ...,
            index: Optional[float] = ...,
            key: Optional[str] = ...,
            name: Optional[str] = ...,
            ratio: Optional[float] = ...,
            subcategories: Optional[List[AudienceCategorySubcategoriesItem]] = ...,
        ) -> None: ...


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

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: Optional[str] = ...,
            index: Optional[float] = ...,
            key: Optional[str] = ...,
            name: Optional[str] = ...,
            ratio: Optional[float] = ...,
        ) -> None: ...


__all__ = ["AudienceCategory", "AudienceCategorySubcategoriesItem"]
