# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    import datetime
    from typing import Optional


class TrendingKeywordsResponseTrendsItemPredictedTimeSeries(Model):
    """A sequence of weekly observations of the predicted relative search volume for this keyword over the next 3 months.<br />
    These values are normalized to a [0-100] range, and can be used to visualize the forecasted user interest in this keyword.
    Similar to the historical `time_series`, normalization is applied independently to the predicted time series of each keyword, but the `normalize_against_group` query parameter can be used in cases where you wish to compare relative predicted volume between keywords.<br />
    **Note**: The cut-off date between historical and predicted time series depends on Pinterest data availability. Usually the data needs a few days to be calculated, so the predicted time series may contain some past dates compared to today.<br />
    **Note**: The date of each observation is in ISO-8601 format and represents the *end* of the week. For example, a value of `2024-01-07` would include predicted searches for the week ending on `2024-01-07`.
    """

    date: Optional[datetime.date]

    _spec = (
        ('date', 'date'),
    )
    _additional = 'int'
