# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Union

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.ingestion_source_options import IngestionSourceOptions
    from pinterest_client.model.lookback_period_options import LookbackPeriodOptions
    from pinterest_client.model.overall_status_options import OverallStatusOptions
    from pinterest_client.model.quality_components import QualityComponents
    from pinterest_client.model.source_platform_options import SourcePlatformOptions


class EventQualityScore(Model):
    """Schema for GET Conversion EQS response."""

    ingestion_source: Union[IngestionSourceOptions, str]
    """List of ingestion sources for a conversion event."""

    lookback_period: Union[LookbackPeriodOptions, str]
    """Days in lookback window in the GET Conversion EQS response."""

    overall_status: Union[OverallStatusOptions, str]
    """Overall status of event quality score."""

    quality_components: QualityComponents
    """Set of quality components, with each component containing a event coverage and details."""

    source_platform: Union[SourcePlatformOptions, str]
    """List of source platforms for a conversion event."""

    _fields = (
        Field('ingestion_source', 'IngestionSourceOptions', required=True),
        Field('lookback_period', 'LookbackPeriodOptions', required=True),
        Field('overall_status', 'OverallStatusOptions', required=True),
        Field('quality_components', 'QualityComponents', required=True),
        Field('source_platform', 'SourcePlatformOptions', required=True),
    )
