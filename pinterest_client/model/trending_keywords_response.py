# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    import datetime
    from typing import List, Optional


class TrendingKeywordsResponse(Model):
    """TrendingKeywordsResponse (component schema `TrendingKeywordsResponse`)."""

    trends: Optional[List[TrendingKeywordsResponseTrendsItem]] = Field("list[TrendingKeywordsResponseTrendsItem]")
    """The top trending keywords for the specified trend type in the requested region.

    Results are ordered, with the first element in the array representing the #1 top trend.
    """

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            trends: Optional[List[TrendingKeywordsResponseTrendsItem]] = ...,
        ) -> None: ...


class TrendingKeywordsResponseTrendsItem(Model):
    """TrendingKeyword"""

    demographics: Optional[TrendingKeywordsResponseTrendsItemDemographics] = Field(
        "TrendingKeywordsResponseTrendsItemDemographics", nullable=True
    )
    """A mapping of demographic dimensions (e.g. "gender", "age") to their category distributions.

    For each dimension:

    - Key: The category (e.g., "female", "18-24").

    - Value: The proportion of search volume (e.g., 0.12 for 12%).

        Values less than 0.05 are set to 0.04 for privacy.

        The sum for all categories in a dimension will approximately equal 1.

        Only applicable when `include_demographics` query parameter is set to `true`.
    """

    has_prediction: Optional[bool] = Field("bool")
    """Indicates whether the keyword has a prediction available for the next 90 days.

    This field is only applicable when `include_prediction` query parameter is set to `true`.

    By default, the value is `false` and no prediction data is included in the response.
    """

    keyword: Optional[str] = Field("str", min_length=1)
    """The keyword that is trending."""

    pct_growth_mom: Optional[int] = Field("int")
    """The month-over-month percent change in search volume for this keyword.

    For example, a value of "400" would represent a 400% increase in searches in the last 30 days compared to the
    month prior.

    **Note**: growth rates are rounded, with a maximum of +/- 10000% change.  A value of 10001 indicates that this
    keyword experienced > 10000% month-over-month growth.
    """

    pct_growth_wow: Optional[int] = Field("int")
    """The week-over-week percent change in search volume for this keyword.

    For example, a value of "50" would represent a 50% increase in searches in the last seven days compared to the
    week prior.

    **Note**: growth rates are rounded, with a maximum of +/- 10000% change.  A value of 10001 indicates that this
    keyword experienced > 10000% week-over-week growth.
    """

    pct_growth_yoy: Optional[int] = Field("int")
    """The year-over-year percent change in search volume for this keyword.

    For example, a value of "-5" would represent a 5% decrease in searches in the last 365 days compared to the month
    prior.

    **Note**: growth rates are rounded, with a maximum of +/- 10000% change.  A value of 10001 indicates that this
    keyword experienced > 10000% year-over-year growth.
    """

    predicted_time_series: Optional[TrendingKeywordsResponseTrendsItemPredictedTimeSeries] = Field(
        "TrendingKeywordsResponseTrendsItemPredictedTimeSeries"
    )
    """A sequence of weekly observations of the predicted relative search volume for this keyword over the next 3
    months.

    These values are normalized to a [0-100] range, and can be used to visualize the forecasted user interest in this
    keyword.
    Similar to the historical `time_series`, normalization is applied independently to the predicted time series of
    each keyword, but the `normalize_against_group` query parameter can be used in cases where you wish to compare
    relative predicted volume between keywords.

    **Note**: The cut-off date between historical and predicted time series depends on Pinterest data availability.
    Usually the data needs a few days to be calculated, so the predicted time series may contain some past dates
    compared to today.

    **Note**: The date of each observation is in ISO-8601 format and represents the *end* of the week. For example, a
    value of `2024-01-07` would include predicted searches for the week ending on `2024-01-07`.
    """

    time_series: Optional[TrendingKeywordsResponseTrendsItemTimeSeries] = Field(
        "TrendingKeywordsResponseTrendsItemTimeSeries"
    )
    """A sequence of weekly observations of the relative search volume for this keyword over the past year.

    These values are normalized to a [0-100] range, and can be used to visualize the history of user interest in this
    keyword.
    By default, normalization is applied independently to the time series of each keyword, but the
    `normalize_against_group` query parameter can be used in cases where you wish to compare relative volume between
    keywords.

    **Note**: The date of each observation is in ISO-8601 format and represents the *end* of the week.  For example,
    a value of `2023-10-31` would include searches that happened between `2023-10-25` and `2023-10-31`.
    """

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            demographics: Optional[TrendingKeywordsResponseTrendsItemDemographics] = ...,
            has_prediction: Optional[bool] = ...,
            keyword: Optional[str] = ...,
            pct_growth_mom: Optional[int] = ...,
            pct_growth_wow: Optional[int] = ...,
            pct_growth_yoy: Optional[int] = ...,
            predicted_time_series: Optional[TrendingKeywordsResponseTrendsItemPredictedTimeSeries] = ...,
            time_series: Optional[TrendingKeywordsResponseTrendsItemTimeSeries] = ...,
        ) -> None: ...


class TrendingKeywordsResponseTrendsItemDemographics(Model):
    """A mapping of demographic dimensions (e.g. "gender", "age") to their category distributions.

    For each dimension:

    - Key: The category (e.g., "female", "18-24").

    - Value: The proportion of search volume (e.g., 0.12 for 12%).

        Values less than 0.05 are set to 0.04 for privacy.

        The sum for all categories in a dimension will approximately equal 1.

        Only applicable when `include_demographics` query parameter is set to `true`.
    """

    age_distribution: Optional[TrendingKeywordsResponseTrendsItemDemographicsAgeDistribution] = Field(
        "TrendingKeywordsResponseTrendsItemDemographicsAgeDistribution", nullable=True
    )
    """This represents a mapping from age bucket to distribution of search volume for a keyword.
    The sum of all values in this object should approximately be 1.
    """

    gender_distribution: Optional[TrendingKeywordsResponseTrendsItemDemographicsGenderDistribution] = Field(
        "TrendingKeywordsResponseTrendsItemDemographicsGenderDistribution", nullable=True
    )
    """This represents a mapping from gender to distribution of search volume for a keyword.
    The sum of all values in this object should approximately be 1.
    """
    _nullable = True

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            age_distribution: Optional[TrendingKeywordsResponseTrendsItemDemographicsAgeDistribution] = ...,
            gender_distribution: Optional[TrendingKeywordsResponseTrendsItemDemographicsGenderDistribution] = ...,
        ) -> None: ...


class TrendingKeywordsResponseTrendsItemDemographicsAgeDistribution(Model):
    """This represents a mapping from age bucket to distribution of search volume for a keyword.
    The sum of all values in this object should approximately be 1.
    """

    age_distribution: Optional[str] = Field("str", enum=("18-24", "25-34", "35-44", "45-49", "50-54", "55-64", "65+"))
    _additional = "float"
    _nullable = True

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            age_distribution: Optional[str] = ...,
        ) -> None: ...


class TrendingKeywordsResponseTrendsItemDemographicsGenderDistribution(Model):
    """This represents a mapping from gender to distribution of search volume for a keyword.
    The sum of all values in this object should approximately be 1.
    """

    gender_distribution: Optional[str] = Field("str", enum=("male", "female", "unspecified"))
    _additional = "float"
    _nullable = True

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            gender_distribution: Optional[str] = ...,
        ) -> None: ...


class TrendingKeywordsResponseTrendsItemPredictedTimeSeries(Model):
    """A sequence of weekly observations of the predicted relative search volume for this keyword over the next 3
    months.

    These values are normalized to a [0-100] range, and can be used to visualize the forecasted user interest in this
    keyword.
    Similar to the historical `time_series`, normalization is applied independently to the predicted time series of
    each keyword, but the `normalize_against_group` query parameter can be used in cases where you wish to compare
    relative predicted volume between keywords.

    **Note**: The cut-off date between historical and predicted time series depends on Pinterest data availability.
    Usually the data needs a few days to be calculated, so the predicted time series may contain some past dates
    compared to today.

    **Note**: The date of each observation is in ISO-8601 format and represents the *end* of the week. For example, a
    value of `2024-01-07` would include predicted searches for the week ending on `2024-01-07`.
    """

    date: Optional[datetime.date] = Field("date")
    _additional = "int"

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            date: Optional[datetime.date] = ...,
        ) -> None: ...


class TrendingKeywordsResponseTrendsItemTimeSeries(Model):
    """A sequence of weekly observations of the relative search volume for this keyword over the past year.

    These values are normalized to a [0-100] range, and can be used to visualize the history of user interest in this
    keyword.
    By default, normalization is applied independently to the time series of each keyword, but the
    `normalize_against_group` query parameter can be used in cases where you wish to compare relative volume between
    keywords.

    **Note**: The date of each observation is in ISO-8601 format and represents the *end* of the week.  For example,
    a value of `2023-10-31` would include searches that happened between `2023-10-25` and `2023-10-31`.
    """

    date: Optional[datetime.date] = Field("date")
    _additional = "int"

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            date: Optional[datetime.date] = ...,
        ) -> None: ...


__all__ = [
    "TrendingKeywordsResponse",
    "TrendingKeywordsResponseTrendsItem",
    "TrendingKeywordsResponseTrendsItemDemographics",
    "TrendingKeywordsResponseTrendsItemDemographicsAgeDistribution",
    "TrendingKeywordsResponseTrendsItemDemographicsGenderDistribution",
    "TrendingKeywordsResponseTrendsItemPredictedTimeSeries",
    "TrendingKeywordsResponseTrendsItemTimeSeries",
]
