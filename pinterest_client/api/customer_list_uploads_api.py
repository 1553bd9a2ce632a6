# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""CustomerListUploadsApi"""

from __future__ import annotations

from pinterest_client._operations import ApiBase, Operation, Param, WithHttpInfo, calls
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any, Dict, Union

    from typing_extensions import Unpack

    from pinterest_client.api_client import CallOptions
    from pinterest_client.model.customer_list_upload_create_request import CustomerListUploadCreateRequest
    from pinterest_client.model.customer_list_upload_create_response import CustomerListUploadCreateResponse
    from pinterest_client.model.customer_list_upload_response import CustomerListUploadResponse


_CUSTOMER_LIST_UPLOADS_CREATE = Operation(
    "customer_list_uploads/create",
    "POST",
    "/ad_accounts/{ad_account_id}/customer_lists/{customer_list_id}/uploads",
    params=(
        Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),
        Param("customer_list_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),
    ),
    body="CustomerListUploadCreateRequest",
    body_name="customer_list_upload_create_request",
    body_required=True,
    content_type="application/json",
    responses={"200": "CustomerListUploadCreateResponse"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_write",
)


_CUSTOMER_LIST_UPLOADS_GET = Operation(
    "customer_list_uploads/get",
    "GET",
    "/ad_accounts/{ad_account_id}/customer_lists/{customer_list_id}/uploads/{customer_list_upload_id}",
    params=(
        Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),
        Param("customer_list_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),
        Param("customer_list_upload_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),
    ),
    responses={"200": "CustomerListUploadResponse"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_read",
)


_CUSTOMER_LIST_UPLOADS_RUN = Operation(
    "customer_list_uploads/run",
    "POST",
    "/ad_accounts/{ad_account_id}/customer_lists/{customer_list_id}/uploads/{customer_list_upload_id}/run",
    params=(
        Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),
        Param("customer_list_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),
        Param("customer_list_upload_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),
    ),
    responses={"200": "CustomerListUploadResponse"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_write",
)


class CustomerListUploadsApi(ApiBase):
    """Operations tagged `customer_list_uploads`."""

    @calls(_CUSTOMER_LIST_UPLOADS_CREATE)
    def customer_list_uploads_create(
        self,
        ad_account_id: str,
        customer_list_id: str,
        customer_list_upload_create_request: Union[CustomerListUploadCreateRequest, Dict[str, Any]],
        **options: Unpack[CallOptions],
    ) -> CustomerListUploadCreateResponse:
        """Create customer list upload (``POST /ad_accounts/{ad_account_id}/customer_lists/{customer_list_id}/uploads``)

        [Closed beta](https://developers.pinterest.com/docs/getting-started/using-beta-and-restricted-features/)

        Create a customer list upload request for multipart S3 upload.

        Note: Each part must be at least 5mb; however the last part can be any size greater than 0.
        Clients with smaller files can request a single part count. This minimal part size restriction is defined by
        the AWS S3 API.

        **Please review the [update customer list
        endpoint](https://developers.pinterest.com/docs/api/v5/customer_lists-update/) documentation for additional
        information.**

        :param ad_account_id: Unique identifier of an ad account.
        :param customer_list_id: Unique identifier of a customer list
        :param customer_list_upload_create_request: Parameters to create a customer list upload request
        :returns: CustomerListUploadCreateResponse
        """
        return self.api_client.call(
            _CUSTOMER_LIST_UPLOADS_CREATE,
            options,
            ad_account_id=ad_account_id,
            customer_list_id=customer_list_id,
            customer_list_upload_create_request=customer_list_upload_create_request,
        )

    customer_list_uploads_create_with_http_info = WithHttpInfo("customer_list_uploads_create")

    @calls(_CUSTOMER_LIST_UPLOADS_GET)
    def customer_list_uploads_get(
        self,
        ad_account_id: str,
        customer_list_id: str,
        customer_list_upload_id: str,
        **options: Unpack[CallOptions],
    ) -> CustomerListUploadResponse:
        """Get customer list upload (``GET
        /ad_accounts/{ad_account_id}/customer_lists/{customer_list_id}/uploads/{customer_list_upload_id}``)

        [Closed beta](https://developers.pinterest.com/docs/getting-started/using-beta-and-restricted-features/)

        Get the metadata for a given upload by its ID.

        :param ad_account_id: Unique identifier of an ad account.
        :param customer_list_id: Unique identifier of a customer list
        :param customer_list_upload_id: Unique identifier of a customer list upload
        :returns: CustomerListUploadResponse
        """
        return self.api_client.call(
            _CUSTOMER_LIST_UPLOADS_GET,
            options,
            ad_account_id=ad_account_id,
            customer_list_id=customer_list_id,
            customer_list_upload_id=customer_list_upload_id,
        )

    customer_list_uploads_get_with_http_info = WithHttpInfo("customer_list_uploads_get")

    @calls(_CUSTOMER_LIST_UPLOADS_RUN)
    def customer_list_uploads_run(
        self,
        ad_account_id: str,
        customer_list_id: str,
        customer_list_upload_id: str,
        **options: Unpack[CallOptions],
    ) -> CustomerListUploadResponse:
        """Run customer list upload (``POST
        /ad_accounts/{ad_account_id}/customer_lists/{customer_list_id}/uploads/{customer_list_upload_id}/run``)

        [Closed beta](https://developers.pinterest.com/docs/getting-started/using-beta-and-restricted-features/)

        Begin processing a customer list upload.

        :param ad_account_id: Unique identifier of an ad account.
        :param customer_list_id: Unique identifier of a customer list
        :param customer_list_upload_id: Unique identifier of a customer list upload
        :returns: CustomerListUploadResponse
        """
        return self.api_client.call(
            _CUSTOMER_LIST_UPLOADS_RUN,
            options,
            ad_account_id=ad_account_id,
            customer_list_id=customer_list_id,
            customer_list_upload_id=customer_list_upload_id,
        )

    customer_list_uploads_run_with_http_info = WithHttpInfo("customer_list_uploads_run")
