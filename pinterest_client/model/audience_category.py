# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional


class AudienceCategory(Model):
    """AudienceCategory"""

    id: Optional[str] = Field("str")
    """Interest ID."""

    index: Optional[float] = Field("float")
    """Interest affinity index."""

    key: Optional[str] = Field("str")
    """Interest unique key (same as ID)."""

    name: Optional[str] = Field("str")
    """Interest name."""

    ratio: Optional[float] = Field("float")
    """Interest's percent of category's total audience."""

    subcategories: Optional[List[AudienceCategorySubcategoriesItem]] = Field("list[AudienceCategorySubcategoriesItem]")
    """Subcategory interest distribution"""

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

    id: Optional[str] = Field("str")
    """Subinterest ID."""

    index: Optional[float] = Field("float")
    """Subinterest affinity index."""

    key: Optional[str] = Field("str")
    """Interest unique key (same as ID)."""

    name: Optional[str] = Field("str")
    """Subinterest name."""

    ratio: Optional[float] = Field("float")
    """Subinterest's percent of category's total audience."""

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
