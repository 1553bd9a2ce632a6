# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional, Union

    from pinterest_client.model.product_categories_engagement_type import (
        ProductCategoriesEngagementType,
        ProductCategoriesEngagementTypeValue,
    )
    from pinterest_client.model.vertical_product_category import VerticalProductCategory, VerticalProductCategoryValue


class TrendingProductCategory(Model):
    """Trending shopping product category"""

    engagement_type: Union[ProductCategoriesEngagementType, str] = Field(
        "ProductCategoriesEngagementType", required=True
    )
    """Engagement type"""

    pct_change_mom: int = Field("int", required=True)
    """Month-over-month change percentage"""

    percent_relative_volume: int = Field("int", required=True)
    """Relative volume percentage"""

    product_category: str = Field("str", required=True)
    """Product Category Name"""

    verticals: Optional[List[Union[VerticalProductCategory, str]]] = Field("list[VerticalProductCategory]")
    """Vertical name associated with the product category"""

    _positional = ("engagement_type", "pct_change_mom", "percent_relative_volume", "product_category")

    if TYPE_CHECKING:

        def __init__(
            self,
            engagement_type: Union[ProductCategoriesEngagementType, ProductCategoriesEngagementTypeValue],
            pct_change_mom: int,
            percent_relative_volume: int,
            product_category: str,
            *,
            verticals: Optional[List[Union[VerticalProductCategory, VerticalProductCategoryValue]]] = ...,
        ) -> None: ...


__all__ = ["TrendingProductCategory"]
