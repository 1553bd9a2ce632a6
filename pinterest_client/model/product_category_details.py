# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Dict, List, Optional, Union

    from pinterest_client.model.product_categories_demographic import ProductCategoriesDemographic
    from pinterest_client.model.product_categories_metrics_highlights import ProductCategoriesMetricsHighlights
    from pinterest_client.model.product_category_enum import ProductCategoryEnum, ProductCategoryEnumValue


class ProductCategoryDetails(Model):
    """Product category details"""

    demographics: Optional[ProductCategoriesDemographic] = Field("ProductCategoriesDemographic")
    """Age and gender distribution who engaged with this product category in the past 3 months"""

    has_prediction: bool = Field("bool", required=True)
    """Indicates whether the keyword has a prediction available for the next 90 days.
        This field is only applicable when include_prediction query parameter is set to true.
        By default, the value is false and no prediction data is included in the response.
    """

    metrics_highlights: Optional[ProductCategoriesMetricsHighlights] = Field("ProductCategoriesMetricsHighlights")
    """Key performance metrics highlights for this product category"""

    predicted_time_series: Optional[Dict[str, float]] = Field("dict[float]")
    """A sequence of weekly observations of the predicted relative search volume for this keyword over the next 3
    months.
        These values are normalized to a [0-100] range, and can be used to visualize the forecasted user interest in
        this keyword.
        Similar to the historical time_series, normalization is applied independently to the predicted time series of
        each keyword, but the normalize_against_group query parameter can be used in cases where you wish to compare
        relative predicted volume between keywords.
        **Note**: The cut-off date between historical and predicted time series depends on Pinterest data
        availability. Usually the data needs a few days to be calculated, so the predicted time series may contain
        some past dates compared to today.
        **Note**: The date of each observation is in ISO-8601 format and represents the end of the week. For example,
        a value of 2024-01-07 would include predicted searches for the week ending on 2024-01-07.
    """

    product_category: Union[ProductCategoryEnum, str] = Field("ProductCategoryEnum", required=True)
    """List of product category details"""

    related_searches: Optional[List[str]] = Field("list[str]")
    """Related search terms for this product category"""

    time_series: Optional[Dict[str, float]] = Field("dict[float]")
    """Time series data showing trend values over time, indexed between 0 and 100"""

    _positional = ("has_prediction", "product_category")

    if TYPE_CHECKING:

        def __init__(
            self,
            has_prediction: bool,
            product_category: Union[ProductCategoryEnum, ProductCategoryEnumValue],
            *,
            demographics: Optional[ProductCategoriesDemographic] = ...,
            metrics_highlights: Optional[ProductCategoriesMetricsHighlights] = ...,
            predicted_time_series: Optional[Dict[str, float]] = ...,
            related_searches: Optional[List[str]] = ...,
            time_series: Optional[Dict[str, float]] = ...,
        ) -> None: ...


__all__ = ["ProductCategoryDetails"]
