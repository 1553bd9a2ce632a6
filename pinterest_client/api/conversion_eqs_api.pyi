# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""ConversionEqsApi: Get the Event Quality Score (EQS) of your conversion signals."""

from typing import Any, List, Literal, Optional, Union, overload

from typing_extensions import Unpack

from pinterest_client._operations import ApiBase, Operation
from pinterest_client.api_client import ApiResponse, AsyncResult, RawResponse, RequestOptions
from pinterest_client.model.event_quality_score import EventQualityScore
from pinterest_client.model.ingestion_source_options import IngestionSourceOptions, IngestionSourceOptionsValue
from pinterest_client.model.lookback_period_options import LookbackPeriodOptions, LookbackPeriodOptionsValue
from pinterest_client.model.source_platform_options import SourcePlatformOptions, SourcePlatformOptionsValue

_CONVERSION_EQS_LIST: Operation

class ConversionEqsApi(ApiBase):
    """Get the Event Quality Score (EQS) of your conversion signals."""
    @overload
    def conversion_eqs_list(
        self,
        lookback_period: Union[LookbackPeriodOptions, LookbackPeriodOptionsValue],
        ad_account_id: str,
        *,
        source_platform: Optional[Union[SourcePlatformOptions, SourcePlatformOptionsValue]] = None,
        ingestion_source: Optional[Union[IngestionSourceOptions, IngestionSourceOptionsValue]] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> List[EventQualityScore]: ...
    @overload
    def conversion_eqs_list(
        self,
        lookback_period: Union[LookbackPeriodOptions, LookbackPeriodOptionsValue],
        ad_account_id: str,
        *,
        source_platform: Optional[Union[SourcePlatformOptions, SourcePlatformOptionsValue]] = None,
        ingestion_source: Optional[Union[IngestionSourceOptions, IngestionSourceOptionsValue]] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[List[EventQualityScore]]: ...
    @overload
    def conversion_eqs_list(
        self,
        lookback_period: Union[LookbackPeriodOptions, LookbackPeriodOptionsValue],
        ad_account_id: str,
        *,
        source_platform: Optional[Union[SourcePlatformOptions, SourcePlatformOptionsValue]] = None,
        ingestion_source: Optional[Union[IngestionSourceOptions, IngestionSourceOptionsValue]] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def conversion_eqs_list(
        self,
        lookback_period: Union[LookbackPeriodOptions, LookbackPeriodOptionsValue],
        ad_account_id: str,
        *,
        source_platform: Optional[Union[SourcePlatformOptions, SourcePlatformOptionsValue]] = None,
        ingestion_source: Optional[Union[IngestionSourceOptions, IngestionSourceOptionsValue]] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[List[EventQualityScore]]: ...
    @overload
    def conversion_eqs_list(
        self,
        lookback_period: Union[LookbackPeriodOptions, LookbackPeriodOptionsValue],
        ad_account_id: str,
        *,
        source_platform: Optional[Union[SourcePlatformOptions, SourcePlatformOptionsValue]] = None,
        ingestion_source: Optional[Union[IngestionSourceOptions, IngestionSourceOptionsValue]] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[List[EventQualityScore]]]: ...
    @overload
    def conversion_eqs_list(
        self,
        lookback_period: Union[LookbackPeriodOptions, LookbackPeriodOptionsValue],
        ad_account_id: str,
        *,
        source_platform: Optional[Union[SourcePlatformOptions, SourcePlatformOptionsValue]] = None,
        ingestion_source: Optional[Union[IngestionSourceOptions, IngestionSourceOptionsValue]] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def conversion_eqs_list(
        self,
        lookback_period: Union[LookbackPeriodOptions, LookbackPeriodOptionsValue],
        ad_account_id: str,
        *,
        source_platform: Optional[Union[SourcePlatformOptions, SourcePlatformOptionsValue]] = None,
        ingestion_source: Optional[Union[IngestionSourceOptions, IngestionSourceOptionsValue]] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[List[EventQualityScore], ApiResponse[List[EventQualityScore]], RawResponse, AsyncResult[Any]]: ...
    @overload
    def conversion_eqs_list_with_http_info(
        self,
        lookback_period: Union[LookbackPeriodOptions, LookbackPeriodOptionsValue],
        ad_account_id: str,
        *,
        source_platform: Optional[Union[SourcePlatformOptions, SourcePlatformOptionsValue]] = None,
        ingestion_source: Optional[Union[IngestionSourceOptions, IngestionSourceOptionsValue]] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[List[EventQualityScore]]: ...
    @overload
    def conversion_eqs_list_with_http_info(
        self,
        lookback_period: Union[LookbackPeriodOptions, LookbackPeriodOptionsValue],
        ad_account_id: str,
        *,
        source_platform: Optional[Union[SourcePlatformOptions, SourcePlatformOptionsValue]] = None,
        ingestion_source: Optional[Union[IngestionSourceOptions, IngestionSourceOptionsValue]] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def conversion_eqs_list_with_http_info(
        self,
        lookback_period: Union[LookbackPeriodOptions, LookbackPeriodOptionsValue],
        ad_account_id: str,
        *,
        source_platform: Optional[Union[SourcePlatformOptions, SourcePlatformOptionsValue]] = None,
        ingestion_source: Optional[Union[IngestionSourceOptions, IngestionSourceOptionsValue]] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[List[EventQualityScore]]]: ...
    @overload
    def conversion_eqs_list_with_http_info(
        self,
        lookback_period: Union[LookbackPeriodOptions, LookbackPeriodOptionsValue],
        ad_account_id: str,
        *,
        source_platform: Optional[Union[SourcePlatformOptions, SourcePlatformOptionsValue]] = None,
        ingestion_source: Optional[Union[IngestionSourceOptions, IngestionSourceOptionsValue]] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def conversion_eqs_list_with_http_info(
        self,
        lookback_period: Union[LookbackPeriodOptions, LookbackPeriodOptionsValue],
        ad_account_id: str,
        *,
        source_platform: Optional[Union[SourcePlatformOptions, SourcePlatformOptionsValue]] = None,
        ingestion_source: Optional[Union[IngestionSourceOptions, IngestionSourceOptionsValue]] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[List[EventQualityScore]], RawResponse, AsyncResult[Any]]: ...
