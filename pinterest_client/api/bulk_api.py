# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""BulkApi: Create, update, or download ads-related entities in bulk."""

from __future__ import annotations

from pinterest_client._operations import ApiBase, Operation, Param, WithHttpInfo, calls
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any, Dict, Optional, Union

    from typing_extensions import Unpack

    from pinterest_client.api_client import CallOptions
    from pinterest_client.model.bulk_download_request import BulkDownloadRequest
    from pinterest_client.model.bulk_download_response import BulkDownloadResponse
    from pinterest_client.model.bulk_upsert_request import BulkUpsertRequest
    from pinterest_client.model.bulk_upsert_response import BulkUpsertResponse
    from pinterest_client.model.bulk_upsert_status_response import BulkUpsertStatusResponse


_BULK_DOWNLOAD_CREATE = Operation(
    "bulk_download/create",
    "POST",
    "/ad_accounts/{ad_account_id}/bulk/download",
    params=(Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),),
    body="BulkDownloadRequest",
    body_name="bulk_download_request",
    body_required=True,
    content_type="application/json",
    responses={"200": "BulkDownloadResponse"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_read",
)


_BULK_UPSERT_CREATE = Operation(
    "bulk_upsert/create",
    "POST",
    "/ad_accounts/{ad_account_id}/bulk/upsert",
    params=(Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),),
    body="BulkUpsertRequest",
    body_name="bulk_upsert_request",
    body_required=True,
    content_type="application/json",
    responses={"200": "BulkUpsertResponse"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_write",
)


_BULK_REQUEST_GET = Operation(
    "bulk_request/get",
    "GET",
    "/ad_accounts/{ad_account_id}/bulk/{bulk_request_id}",
    params=(
        Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),
        Param("bulk_request_id", "path", "str", required=True),
        Param("include_details", "query", "bool"),
    ),
    responses={"200": "BulkUpsertStatusResponse"},
    security=("pinterest_oauth2", "client_credentials"),
    rate_limit_category="ads_read",
)


class BulkApi(ApiBase):
    """Create, update, or download ads-related entities in bulk."""

    @calls(_BULK_DOWNLOAD_CREATE)
    def bulk_download_create(
        self,
        ad_account_id: str,
        bulk_download_request: Union[BulkDownloadRequest, Dict[str, Any]],
        **options: Unpack[CallOptions],
    ) -> BulkDownloadResponse:
        """Get advertiser entities in bulk (``POST /ad_accounts/{ad_account_id}/bulk/download``)

        Create an asynchronous report that may include information on campaigns, ad groups, product groups, ads,
        keywords, and/or labels; can filter by campaigns. Though the entities may be active, archived, or paused,
        only active entities will return data.

        :param ad_account_id: Unique identifier of an ad account.
        :param bulk_download_request: Parameters to get ad entities in bulk
        :returns: BulkDownloadResponse
        """
        return self.api_client.call(
            _BULK_DOWNLOAD_CREATE, options, ad_account_id=ad_account_id, bulk_download_request=bulk_download_request
        )

    bulk_download_create_with_http_info = WithHttpInfo("bulk_download_create")

    @calls(_BULK_UPSERT_CREATE)
    def bulk_upsert_create(
        self,
        ad_account_id: str,
        bulk_upsert_request: Union[BulkUpsertRequest, Dict[str, Any]],
        **options: Unpack[CallOptions],
    ) -> BulkUpsertResponse:
        """Create/update ad entities in bulk (``POST /ad_accounts/{ad_account_id}/bulk/upsert``)

        Either create or update any combination of campaigns, ad groups, product groups, ads, keywords, or labels.
        Note that this request will be processed asynchronously; the response will include a `request_id`
        that can be used to obtain the status of the request.

        :param ad_account_id: Unique identifier of an ad account.
        :param bulk_upsert_request: Parameters to get create/update ad entities in bulk
        :returns: BulkUpsertResponse
        """
        return self.api_client.call(
            _BULK_UPSERT_CREATE, options, ad_account_id=ad_account_id, bulk_upsert_request=bulk_upsert_request
        )

    bulk_upsert_create_with_http_info = WithHttpInfo("bulk_upsert_create")

    @calls(_BULK_REQUEST_GET)
    def bulk_request_get(
        self,
        ad_account_id: str,
        bulk_request_id: str,
        *,
        include_details: Optional[bool] = None,
        **options: Unpack[CallOptions],
    ) -> BulkUpsertStatusResponse:
        """Download advertiser entities in bulk (``GET /ad_accounts/{ad_account_id}/bulk/{bulk_request_id}``)

        Get the status of a bulk request by `request_id`, along with a download URL that will allow you to download
        the
        new or updated entity data (campaigns, ad groups, product groups, ads, or keywords).

        :param ad_account_id: Unique identifier of an ad account.
        :param bulk_request_id: Unique identifier of a bulk upsert request.
        :param include_details: if set to True then attach the errors/details to all the requests
        :returns: BulkUpsertStatusResponse
        """
        return self.api_client.call(
            _BULK_REQUEST_GET,
            options,
            ad_account_id=ad_account_id,
            bulk_request_id=bulk_request_id,
            include_details=include_details,
        )

    bulk_request_get_with_http_info = WithHttpInfo("bulk_request_get")
