# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    import datetime
    from typing import Optional


class TrendingKeywordsResponseTrendsItemTimeSeries(Model):
    """A sequence of weekly observations of the relative search volume for this keyword over the past year.<br />
    These values are normalized to a [0-100] range, and can be used to visualize the history of user interest in this keyword.
    By default, normalization is applied independently to the time series of each keyword, but the `normalize_against_group` query parameter can be used in cases where you wish to compare relative volume between keywords.<br />
    **Note**: The date of each observation is in ISO-8601 format and represents the *end* of the week.  For example, a value of `2023-10-31` would include searches that happened between `2023-10-25` and `2023-10-31`.
    """

    date: Optional[datetime.date]

    _spec = (
        ('date', 'date'),
    )
    _additional = 'int'
