# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional

    from pinterest_client.model.inner_product_categories_metrics_highlights import (
        InnerProductCategoriesMetricsHighlights,
    )


class ProductCategoriesMetricsHighlights(Model):
    """Key performance metrics highlights for this product category"""

    engagement: Optional[InnerProductCategoriesMetricsHighlights] = Field("InnerProductCategoriesMetricsHighlights")
    """Engagement metric value"""

    outbound_clicks: Optional[InnerProductCategoriesMetricsHighlights] = Field(
        "InnerProductCategoriesMetricsHighlights"
    )
    """Number of outbound clicks"""

    pin_saves: Optional[InnerProductCategoriesMetricsHighlights] = Field("InnerProductCategoriesMetricsHighlights")
    """Number of pin saves"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            engagement: Optional[InnerProductCategoriesMetricsHighlights] = ...,
            outbound_clicks: Optional[InnerProductCategoriesMetricsHighlights] = ...,
            pin_saves: Optional[InnerProductCategoriesMetricsHighlights] = ...,
        ) -> None: ...


__all__ = ["ProductCategoriesMetricsHighlights"]
