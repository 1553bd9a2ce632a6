# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class TargetingTemplateAudienceSizing(Model):
    """Gets an audience size estimate for a set of given targeting spec data.

    Returns:

     An object containing an audience size estimate that has a reach estimate (number of unique users) against the
     given targeting template. This by default provides a monthly estimate.
    """

    reach_estimate: Optional[TargetingTemplateAudienceSizingReachEstimate] = Field(
        "TargetingTemplateAudienceSizingReachEstimate"
    )
    _nullable = True

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            reach_estimate: Optional[TargetingTemplateAudienceSizingReachEstimate] = ...,
        ) -> None: ...


class TargetingTemplateAudienceSizingReachEstimate(Model):
    """TargetingTemplateAudienceSizingReachEstimate (inline schema)."""

    estimate: Optional[int] = Field("int")

    lower_bound: Optional[int] = Field("int")

    upper_bound: Optional[int] = Field("int")

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            estimate: Optional[int] = ...,
            lower_bound: Optional[int] = ...,
            upper_bound: Optional[int] = ...,
        ) -> None: ...


__all__ = ["TargetingTemplateAudienceSizing", "TargetingTemplateAudienceSizingReachEstimate"]
