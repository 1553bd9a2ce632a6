# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Union

    from pinterest_client.model.ingestion_source_options import IngestionSourceOptions, IngestionSourceOptionsValue
    from pinterest_client.model.lookback_period_options import LookbackPeriodOptions, LookbackPeriodOptionsValue
    from pinterest_client.model.overall_status_options import OverallStatusOptions, OverallStatusOptionsValue
    from pinterest_client.model.quality_components import QualityComponents
    from pinterest_client.model.source_platform_options import SourcePlatformOptions, SourcePlatformOptionsValue


class EventQualityScore(Model):
    """Schema for GET Conversion EQS response."""

    ingestion_source: Union[IngestionSourceOptions, str] = Field("IngestionSourceOptions", required=True)
    """List of ingestion sources for a conversion event."""

    lookback_period: Union[LookbackPeriodOptions, str] = Field("LookbackPeriodOptions", required=True)
    """Days in lookback window in the GET Conversion EQS response."""

    overall_status: Union[OverallStatusOptions, str] = Field("OverallStatusOptions", required=True)
    """Overall status of event quality score."""

    quality_components: QualityComponents = Field("QualityComponents", required=True)
    """Set of quality components, with each component containing a event coverage and details."""

    source_platform: Union[SourcePlatformOptions, str] = Field("SourcePlatformOptions", required=True)
    """List of source platforms for a conversion event."""

    _positional = ("ingestion_source", "lookback_period", "overall_status", "quality_components", "source_platform")

    if TYPE_CHECKING:

        def __init__(
            self,
            ingestion_source: Union[IngestionSourceOptions, IngestionSourceOptionsValue],
            lookback_period: Union[LookbackPeriodOptions, LookbackPeriodOptionsValue],
            overall_status: Union[OverallStatusOptions, OverallStatusOptionsValue],
            quality_components: QualityComponents,
            source_platform: Union[SourcePlatformOptions, SourcePlatformOptionsValue],
        ) -> None: ...


__all__ = ["EventQualityScore"]
