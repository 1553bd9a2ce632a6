# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""LeadsExportApi: Create and export leads information from lead ads."""

from __future__ import annotations

from pinterest_client._operations import ApiBase, Operation, Param, WithHttpInfo, calls
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any, Dict, Union

    from typing_extensions import Unpack

    from pinterest_client.api_client import CallOptions
    from pinterest_client.model.leads_export_create_request import LeadsExportCreateRequest
    from pinterest_client.model.leads_export_create_response import LeadsExportCreateResponse
    from pinterest_client.model.leads_export_response_data import LeadsExportResponseData


_LEADS_EXPORT_CREATE = Operation(
    "leads_export/create",
    "POST",
    "/ad_accounts/{ad_account_id}/leads_export",
    params=(Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),),
    body="LeadsExportCreateRequest",
    body_name="leads_export_create_request",
    body_required=True,
    content_type="application/json",
    responses={"200": "LeadsExportCreateResponse"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_write",
)


_LEADS_EXPORT_GET = Operation(
    "leads_export/get",
    "GET",
    "/ad_accounts/{ad_account_id}/leads_export/{leads_export_id}",
    params=(
        Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),
        Param("leads_export_id", "path", "str", required=True, pattern="^\\d+$"),
    ),
    responses={"200": "LeadsExportResponseData"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_read",
)


class LeadsExportApi(ApiBase):
    """Create and export leads information from lead ads."""

    @calls(_LEADS_EXPORT_CREATE)
    def leads_export_create(
        self,
        ad_account_id: str,
        leads_export_create_request: Union[LeadsExportCreateRequest, Dict[str, Any]],
        **options: Unpack[CallOptions],
    ) -> LeadsExportCreateResponse:
        """Create a request to export leads collected from a lead ad (``POST
        /ad_accounts/{ad_account_id}/leads_export``)

        **This feature is currently in beta and not available to all apps, if you're interested in joining the beta,
        please reach out to your Pinterest account manager.**

        Create an export of leads collected from a lead ad. This returns a lead_export_id  token that you can use to
        download the export when it is ready.

        Note: Lead ad data will be available up to 30 days after the lead has been submitted.

        For more, see [Lead ads](https://help.pinterest.com/en/business/article/lead-ads).

        :param ad_account_id: Unique identifier of an ad account.
        :param leads_export_create_request: The request body (LeadsExportCreateRequest).
        :returns: LeadsExportCreateResponse
        """
        return self.api_client.call(
            _LEADS_EXPORT_CREATE,
            options,
            ad_account_id=ad_account_id,
            leads_export_create_request=leads_export_create_request,
        )

    leads_export_create_with_http_info = WithHttpInfo("leads_export_create")

    @calls(_LEADS_EXPORT_GET)
    def leads_export_get(
        self,
        ad_account_id: str,
        leads_export_id: str,
        **options: Unpack[CallOptions],
    ) -> LeadsExportResponseData:
        """Get the lead export from the lead export create call (``GET
        /ad_accounts/{ad_account_id}/leads_export/{leads_export_id}``)

        **This feature is currently in beta and not available to all apps, if you're interested in joining the beta,
        please reach out to your Pinterest account manager.**

        Get the export of leads collected from a lead ad. This returns a URL to a list of lead export given a
        lead_export_id token returned from the create a lead export call. You can use the URL to download the report.

        Note: Lead ad data will be available up to 30 days after the lead has been submitted.

        For more, see [Lead ads](https://help.pinterest.com/en/business/article/lead-ads).

        :param ad_account_id: Unique identifier of an ad account.
        :param leads_export_id: lead_export_id token returned from the create a lead export endpoint
        :returns: LeadsExportResponseData
        """
        return self.api_client.call(
            _LEADS_EXPORT_GET, options, ad_account_id=ad_account_id, leads_export_id=leads_export_id
        )

    leads_export_get_with_http_info = WithHttpInfo("leads_export_get")
