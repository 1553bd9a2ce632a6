# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional, Union

    from pinterest_client.model.interests_enum import InterestsEnum, InterestsEnumValue
    from pinterest_client.model.product_category_region import ProductCategoryRegion, ProductCategoryRegionValue
    from pinterest_client.model.trending_topic import TrendingTopic


class FeaturedTrend(Model):
    """Featured trending topics for a specific interest and market"""

    interest: Union[InterestsEnum, str] = Field("InterestsEnum", required=True)
    """The main interest category"""

    market: Optional[Union[ProductCategoryRegion, str]] = Field("ProductCategoryRegion")
    """Market code (e.g., 'US', 'UK', etc.)"""

    trends: Optional[List[TrendingTopic]] = Field("list[TrendingTopic]")
    """List of trending topics within this interest category"""

    _positional = ("interest",)

    if TYPE_CHECKING:

        def __init__(
            self,
            interest: Union[InterestsEnum, InterestsEnumValue],
            *,
            market: Optional[Union[ProductCategoryRegion, ProductCategoryRegionValue]] = ...,
            trends: Optional[List[TrendingTopic]] = ...,
        ) -> None: ...


__all__ = ["FeaturedTrend"]
