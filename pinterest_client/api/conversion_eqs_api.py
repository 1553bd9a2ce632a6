# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""ConversionEqsApi: Get the Event Quality Score (EQS) of your conversion signals."""

from __future__ import annotations

from pinterest_client._operations import ApiBase, Operation, Param, WithHttpInfo, calls
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import List, Optional, Union

    from typing_extensions import Unpack

    from pinterest_client.api_client import CallOptions
    from pinterest_client.model.event_quality_score import EventQualityScore
    from pinterest_client.model.ingestion_source_options import IngestionSourceOptions
    from pinterest_client.model.lookback_period_options import LookbackPeriodOptions
    from pinterest_client.model.source_platform_options import SourcePlatformOptions


_CONVERSION_EQS_LIST = Operation(
    "conversion_eqs/list",
    "GET",
    "/ad_accounts/{ad_account_id}/conversion_eqs",
    params=(
        Param("lookback_period", "query", "LookbackPeriodOptions", required=True),
        Param("source_platform", "query", "SourcePlatformOptions"),
        Param("ingestion_source", "query", "IngestionSourceOptions"),
        Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),
    ),
    responses={"200": "list[EventQualityScore]"},
    security=("pinterest_oauth2", "client_credentials"),
    rate_limit_category="ads_read",
)


class ConversionEqsApi(ApiBase):
    """Get the Event Quality Score (EQS) of your conversion signals."""

    @calls(_CONVERSION_EQS_LIST)
    def conversion_eqs_list(
        self,
        lookback_period: Union[LookbackPeriodOptions, str],
        ad_account_id: str,
        *,
        source_platform: Optional[Union[SourcePlatformOptions, str]] = None,
        ingestion_source: Optional[Union[IngestionSourceOptions, str]] = None,
        **options: Unpack[CallOptions],
    ) -> List[EventQualityScore]:
        """Get event quality score (EQS) (``GET /ad_accounts/{ad_account_id}/conversion_eqs``)

        Get the Event Quality Score (EQS) of your conversion signals.

        [Event Quality Score](https://help.pinterest.com/en/business/article/eqs) indicates how effective the
        customer information and event insights (metadata) passed with your web, app and offline conversion events
        may be at matching to a Pinterest user.

        :param lookback_period: Lookback window (number of days).
        :param ad_account_id: Unique identifier of an ad account.
        :param source_platform: Source platform of event.
        :param ingestion_source: Ingestion source of event.
        :returns: List[EventQualityScore]
        """
        return self.api_client.call(
            _CONVERSION_EQS_LIST,
            options,
            lookback_period=lookback_period,
            source_platform=source_platform,
            ingestion_source=ingestion_source,
            ad_account_id=ad_account_id,
        )

    conversion_eqs_list_with_http_info = WithHttpInfo("conversion_eqs_list")
