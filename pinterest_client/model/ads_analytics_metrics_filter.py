# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, List, Union

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.ads_analytics_filter_column import AdsAnalyticsFilterColumn
    from pinterest_client.model.ads_analytics_filter_operator import AdsAnalyticsFilterOperator


class AdsAnalyticsMetricsFilter(Model):
    """AdsAnalyticsMetricsFilter (component schema)."""

    field: Union[AdsAnalyticsFilterColumn, str]
    """Reporting columns for sync reporting data filter"""

    operator: Union[AdsAnalyticsFilterOperator, str]
    """Filter operator for sync reporting"""

    values: List[float]
    """List of values for filtering"""

    _fields = (
        Field('field', 'AdsAnalyticsFilterColumn', required=True),
        Field('operator', 'AdsAnalyticsFilterOperator', required=True),
        Field('values', 'list[float]', required=True, min_items=1),
    )
