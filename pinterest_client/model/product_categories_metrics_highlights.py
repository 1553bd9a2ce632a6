# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.inner_product_categories_metrics_highlights import (
        InnerProductCategoriesMetricsHighlights,
    )


class ProductCategoriesMetricsHighlights(Model):
    """Key performance metrics highlights for this product category"""

    engagement: Optional[InnerProductCategoriesMetricsHighlights]
    """Engagement metric value"""

    outbound_clicks: Optional[InnerProductCategoriesMetricsHighlights]
    """Number of outbound clicks"""

    pin_saves: Optional[InnerProductCategoriesMetricsHighlights]
    """Number of pin saves"""

    _fields = (
        Field('engagement', 'InnerProductCategoriesMetricsHighlights'),
        Field('outbound_clicks', 'InnerProductCategoriesMetricsHighlights'),
        Field('pin_saves', 'InnerProductCategoriesMetricsHighlights'),
    )
