# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""CatalogReportsApi: View and manage reports about catalogs."""

from typing import Any, Dict, Literal, Optional, Union, overload

from typing_extensions import Unpack

from pinterest_client._operations import ApiBase, Operation
from pinterest_client.api_client import ApiResponse, AsyncResult, RawResponse, RequestOptions
from pinterest_client.model.catalogs_create_report_response import CatalogsCreateReportResponse
from pinterest_client.model.catalogs_report import CatalogsReport
from pinterest_client.model.catalogs_report_parameters import CatalogsReportParameters
from pinterest_client.model.reports_stats_parameters import ReportsStatsParameters
from pinterest_client.model.reports_stats_response import ReportsStatsResponse

_REPORTS_GET: Operation
_REPORTS_CREATE: Operation
_REPORTS_STATS: Operation

class CatalogReportsApi(ApiBase):
    """View and manage reports about catalogs."""
    @overload
    def reports_get(
        self,
        token: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> CatalogsReport: ...
    @overload
    def reports_get(
        self,
        token: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsReport]: ...
    @overload
    def reports_get(
        self,
        token: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def reports_get(
        self,
        token: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[CatalogsReport]: ...
    @overload
    def reports_get(
        self,
        token: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsReport]]: ...
    @overload
    def reports_get(
        self,
        token: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def reports_get(
        self,
        token: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[CatalogsReport, ApiResponse[CatalogsReport], RawResponse, AsyncResult[Any]]: ...
    @overload
    def reports_get_with_http_info(
        self,
        token: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsReport]: ...
    @overload
    def reports_get_with_http_info(
        self,
        token: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def reports_get_with_http_info(
        self,
        token: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsReport]]: ...
    @overload
    def reports_get_with_http_info(
        self,
        token: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def reports_get_with_http_info(
        self,
        token: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[CatalogsReport], RawResponse, AsyncResult[Any]]: ...
    @overload
    def reports_create(
        self,
        catalogs_report_parameters: Union[CatalogsReportParameters, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> CatalogsCreateReportResponse: ...
    @overload
    def reports_create(
        self,
        catalogs_report_parameters: Union[CatalogsReportParameters, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsCreateReportResponse]: ...
    @overload
    def reports_create(
        self,
        catalogs_report_parameters: Union[CatalogsReportParameters, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def reports_create(
        self,
        catalogs_report_parameters: Union[CatalogsReportParameters, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[CatalogsCreateReportResponse]: ...
    @overload
    def reports_create(
        self,
        catalogs_report_parameters: Union[CatalogsReportParameters, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsCreateReportResponse]]: ...
    @overload
    def reports_create(
        self,
        catalogs_report_parameters: Union[CatalogsReportParameters, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def reports_create(
        self,
        catalogs_report_parameters: Union[CatalogsReportParameters, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[
        CatalogsCreateReportResponse, ApiResponse[CatalogsCreateReportResponse], RawResponse, AsyncResult[Any]
    ]: ...
    @overload
    def reports_create_with_http_info(
        self,
        catalogs_report_parameters: Union[CatalogsReportParameters, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsCreateReportResponse]: ...
    @overload
    def reports_create_with_http_info(
        self,
        catalogs_report_parameters: Union[CatalogsReportParameters, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def reports_create_with_http_info(
        self,
        catalogs_report_parameters: Union[CatalogsReportParameters, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsCreateReportResponse]]: ...
    @overload
    def reports_create_with_http_info(
        self,
        catalogs_report_parameters: Union[CatalogsReportParameters, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def reports_create_with_http_info(
        self,
        catalogs_report_parameters: Union[CatalogsReportParameters, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[CatalogsCreateReportResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def reports_stats(
        self,
        parameters: ReportsStatsParameters,
        *,
        ad_account_id: Optional[str] = None,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ReportsStatsResponse: ...
    @overload
    def reports_stats(
        self,
        parameters: ReportsStatsParameters,
        *,
        ad_account_id: Optional[str] = None,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[ReportsStatsResponse]: ...
    @overload
    def reports_stats(
        self,
        parameters: ReportsStatsParameters,
        *,
        ad_account_id: Optional[str] = None,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def reports_stats(
        self,
        parameters: ReportsStatsParameters,
        *,
        ad_account_id: Optional[str] = None,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ReportsStatsResponse]: ...
    @overload
    def reports_stats(
        self,
        parameters: ReportsStatsParameters,
        *,
        ad_account_id: Optional[str] = None,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[ReportsStatsResponse]]: ...
    @overload
    def reports_stats(
        self,
        parameters: ReportsStatsParameters,
        *,
        ad_account_id: Optional[str] = None,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def reports_stats(
        self,
        parameters: ReportsStatsParameters,
        *,
        ad_account_id: Optional[str] = None,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ReportsStatsResponse, ApiResponse[ReportsStatsResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def reports_stats_with_http_info(
        self,
        parameters: ReportsStatsParameters,
        *,
        ad_account_id: Optional[str] = None,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[ReportsStatsResponse]: ...
    @overload
    def reports_stats_with_http_info(
        self,
        parameters: ReportsStatsParameters,
        *,
        ad_account_id: Optional[str] = None,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def reports_stats_with_http_info(
        self,
        parameters: ReportsStatsParameters,
        *,
        ad_account_id: Optional[str] = None,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[ReportsStatsResponse]]: ...
    @overload
    def reports_stats_with_http_info(
        self,
        parameters: ReportsStatsParameters,
        *,
        ad_account_id: Optional[str] = None,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def reports_stats_with_http_info(
        self,
        parameters: ReportsStatsParameters,
        *,
        ad_account_id: Optional[str] = None,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[ReportsStatsResponse], RawResponse, AsyncResult[Any]]: ...
