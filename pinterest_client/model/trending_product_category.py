# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, List, Optional, Union

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.product_categories_engagement_type import ProductCategoriesEngagementType
    from pinterest_client.model.vertical_product_category import VerticalProductCategory


class TrendingProductCategory(Model):
    """Trending shopping product category"""

    engagement_type: Union[ProductCategoriesEngagementType, str]
    """Engagement type"""

    pct_change_mom: int
    """Month-over-month change percentage"""

    percent_relative_volume: int
    """Relative volume percentage"""

    product_category: str
    """Product Category Name"""

    verticals: Optional[List[Union[VerticalProductCategory, str]]]
    """Vertical name associated with the product category"""

    _fields = (
        Field('engagement_type', 'ProductCategoriesEngagementType', required=True),
        Field('pct_change_mom', 'int', required=True),
        Field('percent_relative_volume', 'int', required=True),
        Field('product_category', 'str', required=True),
        Field('verticals', 'list[VerticalProductCategory]'),
    )
