# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""CatalogReportsApi: View and manage reports about catalogs."""

from __future__ import annotations

from pinterest_client._operations import ApiBase, Operation, Param, WithHttpInfo, calls
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any, Dict, Optional, Union

    from typing_extensions import Unpack

    from pinterest_client.api_client import CallOptions
    from pinterest_client.model.catalogs_create_report_response import CatalogsCreateReportResponse
    from pinterest_client.model.catalogs_report import CatalogsReport
    from pinterest_client.model.catalogs_report_parameters import CatalogsReportParameters
    from pinterest_client.model.reports_stats_parameters import ReportsStatsParameters
    from pinterest_client.model.reports_stats_response import ReportsStatsResponse


_REPORTS_GET = Operation(
    "reports/get",
    "GET",
    "/catalogs/reports",
    params=(
        Param("ad_account_id", "query", "str", max_length=18, pattern="^\\d+$"),
        Param("token", "query", "str", required=True),
    ),
    responses={"200": "CatalogsReport"},
    security=("pinterest_oauth2",),
    rate_limit_category="catalogs_read",
)


_REPORTS_CREATE = Operation(
    "reports/create",
    "POST",
    "/catalogs/reports",
    params=(Param("ad_account_id", "query", "str", max_length=18, pattern="^\\d+$"),),
    body="CatalogsReportParameters",
    body_name="catalogs_report_parameters",
    body_required=True,
    content_type="application/json",
    responses={"200": "CatalogsCreateReportResponse"},
    security=("pinterest_oauth2",),
    rate_limit_category="catalogs_read",
)


_REPORTS_STATS = Operation(
    "reports/stats",
    "GET",
    "/catalogs/reports/stats",
    params=(
        Param("ad_account_id", "query", "str", max_length=18, pattern="^\\d+$"),
        Param("page_size", "query", "int", maximum=250, minimum=1),
        Param("bookmark", "query", "str"),
        Param("parameters", "query", "ReportsStatsParameters", required=True, style="deepObject"),
    ),
    responses={"200": "ReportsStatsResponse"},
    security=("pinterest_oauth2",),
    rate_limit_category="catalogs_read",
)


class CatalogReportsApi(ApiBase):
    """View and manage reports about catalogs."""

    @calls(_REPORTS_GET)
    def reports_get(
        self,
        token: str,
        *,
        ad_account_id: Optional[str] = None,
        **options: Unpack[CallOptions],
    ) -> CatalogsReport:
        """Get catalogs report (``GET /catalogs/reports``)

        This returns a URL to a report given a token returned from [Build catalogs
        report](https://developers.pinterest.com/docs/api/v5/#operation/reports/create). You can use the URL to
        download the report.
        - By default, the "operation user_account" is the token user_account.

        Optional: Business Access: Specify an `ad_account_id` (obtained via [List ad
        accounts](https://developers.pinterest.com/docs/api/v5/#operation/ad_accounts/list)) to use the owner of that
        ad_account as the "operation user_account". In order to do this, the token user_account must have one of the
        following [Business
        Access](https://help.pinterest.com/en/business/article/share-and-manage-access-to-your-ad-accounts) roles on
        the ad_account: Owner, Admin, Catalogs Manager.

        :param token: Token returned from async build report call
        :param ad_account_id: Unique identifier of an ad account.
        :returns: CatalogsReport
        """
        return self.api_client.call(_REPORTS_GET, options, ad_account_id=ad_account_id, token=token)

    reports_get_with_http_info = WithHttpInfo("reports_get")

    @calls(_REPORTS_CREATE)
    def reports_create(
        self,
        catalogs_report_parameters: Union[CatalogsReportParameters, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        **options: Unpack[CallOptions],
    ) -> CatalogsCreateReportResponse:
        """Build catalogs report (``POST /catalogs/reports``)

        Async request to create a report of the catalog owned by the "operation user_account". This endpoint
        generates a report upon receiving the first approved request of the day. Any following requests with
        identical parameters will yield the same report even if data has changed.
        - By default, the "operation user_account" is the token user_account.

        Optional: Business Access: Specify an `ad_account_id` (obtained via [List ad
        accounts](https://developers.pinterest.com/docs/api/v5/#operation/ad_accounts/list)) to use the owner of that
        ad_account as the "operation user_account". In order to do this, the token user_account must have one of the
        following [Business
        Access](https://help.pinterest.com/en/business/article/share-and-manage-access-to-your-ad-accounts) roles on
        the ad_account: Owner, Admin, Catalogs Manager.

        Note: Access to the All Items report type is restricted to a specific group of users.
        If you require access, please reach out to your partner manager.

        :param catalogs_report_parameters: Request object to asynchronously create a report.
        :param ad_account_id: Unique identifier of an ad account.
        :returns: CatalogsCreateReportResponse
        """
        return self.api_client.call(
            _REPORTS_CREATE, options, ad_account_id=ad_account_id, catalogs_report_parameters=catalogs_report_parameters
        )

    reports_create_with_http_info = WithHttpInfo("reports_create")

    @calls(_REPORTS_STATS)
    def reports_stats(
        self,
        parameters: ReportsStatsParameters,
        *,
        ad_account_id: Optional[str] = None,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        **options: Unpack[CallOptions],
    ) -> ReportsStatsResponse:
        """List report stats (``GET /catalogs/reports/stats``)

        List aggregated numbers of issues for a catalog owned by the "operation user_account".
        - By default, the "operation user_account" is the token user_account.

        Optional: Business Access: Specify an `ad_account_id` (obtained via [List ad
        accounts](https://developers.pinterest.com/docs/api/v5/#operation/ad_accounts/list)) to use the owner of that
        ad_account as the "operation user_account". In order to do this, the token user_account must have one of the
        following [Business
        Access](https://help.pinterest.com/en/business/article/share-and-manage-access-to-your-ad-accounts) roles on
        the ad_account: Owner, Admin, Catalogs Manager.

        :param parameters: Contains the parameters for report identification.
        :param ad_account_id: Unique identifier of an ad account.
        :param page_size: Maximum number of items to include in a single page of the response. See documentation on
            [Pagination](https://developers.pinterest.com/docs/reference/pagination/) for more information.
        :param bookmark: Cursor used to fetch the next page of items
        :returns: ReportsStatsResponse
        """
        return self.api_client.call(
            _REPORTS_STATS,
            options,
            ad_account_id=ad_account_id,
            page_size=page_size,
            bookmark=bookmark,
            parameters=parameters,
        )

    reports_stats_with_http_info = WithHttpInfo("reports_stats")
