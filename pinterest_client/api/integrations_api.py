# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""IntegrationsApi: View, create, or update commerce integrations."""

from __future__ import annotations

from pinterest_client._operations import ApiBase, Operation, Param, WithHttpInfo, calls
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any, Dict, Optional, Union

    from typing_extensions import Unpack

    from pinterest_client.api_client import CallOptions
    from pinterest_client.model.integration_logs_request import IntegrationLogsRequest
    from pinterest_client.model.integration_logs_success_response import IntegrationLogsSuccessResponse
    from pinterest_client.model.integration_metadata import IntegrationMetadata
    from pinterest_client.model.integration_record import IntegrationRecord
    from pinterest_client.model.integration_request import IntegrationRequest
    from pinterest_client.model.integration_request_patch import IntegrationRequestPatch
    from pinterest_client.model.integrations_get_list_response import IntegrationsGetListResponse


_INTEGRATIONS_COMMERCE_POST = Operation(
    "integrations_commerce/post",
    "POST",
    "/integrations/commerce",
    body="IntegrationRequest",
    body_name="integration_request",
    body_required=True,
    content_type="application/json",
    responses={"200": "IntegrationMetadata"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_write",
)


_INTEGRATIONS_COMMERCE_GET = Operation(
    "integrations_commerce/get",
    "GET",
    "/integrations/commerce/{external_business_id}",
    params=(Param("external_business_id", "path", "str", required=True),),
    responses={"200": "IntegrationMetadata"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_read",
)


_INTEGRATIONS_COMMERCE_DEL = Operation(
    "integrations_commerce/del",
    "DELETE",
    "/integrations/commerce/{external_business_id}",
    params=(Param("external_business_id", "path", "str", required=True),),
    responses={"204": None},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_write",
)


_INTEGRATIONS_COMMERCE_PATCH = Operation(
    "integrations_commerce/patch",
    "PATCH",
    "/integrations/commerce/{external_business_id}",
    params=(Param("external_business_id", "path", "str", required=True),),
    body="IntegrationRequestPatch",
    body_name="integration_request_patch",
    body_required=True,
    content_type="application/json",
    responses={"200": "IntegrationMetadata"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_write",
)


_INTEGRATIONS_LOGS_POST = Operation(
    "integrations_logs/post",
    "POST",
    "/integrations/logs",
    body="IntegrationLogsRequest",
    body_name="integration_logs_request",
    body_required=True,
    content_type="application/json",
    responses={"200": "IntegrationLogsSuccessResponse"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_write",
)


_INTEGRATIONS_GET_LIST = Operation(
    "integrations/get_list",
    "GET",
    "/integrations",
    params=(
        Param("bookmark", "query", "str"),
        Param("page_size", "query", "int", maximum=250, minimum=1),
    ),
    responses={"200": "IntegrationsGetListResponse"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_read",
)


_INTEGRATIONS_GET_BY_ID = Operation(
    "integrations/get_by_id",
    "GET",
    "/integrations/{id}",
    params=(Param("id", "path", "str", required=True),),
    responses={"200": "IntegrationRecord"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_read",
)


class IntegrationsApi(ApiBase):
    """View, create, or update commerce integrations."""

    @calls(_INTEGRATIONS_COMMERCE_POST)
    def integrations_commerce_post(
        self,
        integration_request: Optional[Union[IntegrationRequest, Dict[str, Any]]] = None,
        **options: Unpack[CallOptions],
    ) -> IntegrationMetadata:
        """Create commerce integration (``POST /integrations/commerce``)

        Create commerce integration metadata to link an external business ID with a Pinterest merchant & ad account.
        Note: If you're interested in joining the beta, please reach out to your Pinterest account manager.

        :param integration_request: Parameters to get create/update the Integration Metadata Required: it defaults to
            None only so that calls written for the original client bind.
        :returns: IntegrationMetadata
        """
        return self.api_client.call(_INTEGRATIONS_COMMERCE_POST, options, integration_request=integration_request)

    integrations_commerce_post_with_http_info = WithHttpInfo("integrations_commerce_post")

    @calls(_INTEGRATIONS_COMMERCE_GET)
    def integrations_commerce_get(
        self,
        external_business_id: str,
        **options: Unpack[CallOptions],
    ) -> IntegrationMetadata:
        """Get commerce integration (``GET /integrations/commerce/{external_business_id}``)

        Get commerce integration metadata associated with the given external business ID.
        Note: If you're interested in joining the beta, please reach out to your Pinterest account manager.

        :param external_business_id: External business ID for the integration.
        :returns: IntegrationMetadata
        """
        return self.api_client.call(_INTEGRATIONS_COMMERCE_GET, options, external_business_id=external_business_id)

    integrations_commerce_get_with_http_info = WithHttpInfo("integrations_commerce_get")

    @calls(_INTEGRATIONS_COMMERCE_DEL)
    def integrations_commerce_del(
        self,
        external_business_id: str,
        **options: Unpack[CallOptions],
    ) -> None:
        """Delete commerce integration (``DELETE /integrations/commerce/{external_business_id}``)

        Delete commerce integration metadata for the given external business ID.
        Note: If you're interested in joining the beta, please reach out to your Pinterest account manager.

        :param external_business_id: External business ID for the integration.
        :returns: None
        """
        return self.api_client.call(_INTEGRATIONS_COMMERCE_DEL, options, external_business_id=external_business_id)

    integrations_commerce_del_with_http_info = WithHttpInfo("integrations_commerce_del")

    @calls(_INTEGRATIONS_COMMERCE_PATCH)
    def integrations_commerce_patch(
        self,
        external_business_id: str,
        integration_request_patch: Optional[Union[IntegrationRequestPatch, Dict[str, Any]]] = None,
        **options: Unpack[CallOptions],
    ) -> IntegrationMetadata:
        """Update commerce integration (``PATCH /integrations/commerce/{external_business_id}``)

        Update commerce integration metadata for the given external business ID.
        Note: If you're interested in joining the beta, please reach out to your Pinterest account manager.

        :param external_business_id: External business ID for the integration.
        :param integration_request_patch: Parameters to get create/update the Integration Metadata Required: it
            defaults to None only so that calls written for the original client bind.
        :returns: IntegrationMetadata
        """
        return self.api_client.call(
            _INTEGRATIONS_COMMERCE_PATCH,
            options,
            external_business_id=external_business_id,
            integration_request_patch=integration_request_patch,
        )

    integrations_commerce_patch_with_http_info = WithHttpInfo("integrations_commerce_patch")

    @calls(_INTEGRATIONS_LOGS_POST)
    def integrations_logs_post(
        self,
        integration_logs_request: Union[IntegrationLogsRequest, Dict[str, Any]],
        **options: Unpack[CallOptions],
    ) -> IntegrationLogsSuccessResponse:
        """Receives batched logs from integration applications. (``POST /integrations/logs``)

        This endpoint receives batched logs from integration applications on partner platforms.
        Note: If you're interested in joining the beta, please reach out to your Pinterest account manager.

        :param integration_logs_request: Ingest log information from external integration application.
        :returns: IntegrationLogsSuccessResponse
        """
        return self.api_client.call(_INTEGRATIONS_LOGS_POST, options, integration_logs_request=integration_logs_request)

    integrations_logs_post_with_http_info = WithHttpInfo("integrations_logs_post")

    @calls(_INTEGRATIONS_GET_LIST)
    def integrations_get_list(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        **options: Unpack[CallOptions],
    ) -> IntegrationsGetListResponse:
        """Get integration metadata list (``GET /integrations``)

        Get integration metadata list.
        Note: If you're interested in joining the beta, please reach out to your Pinterest account manager.

        :param bookmark: Cursor used to fetch the next page of items
        :param page_size: Maximum number of items to include in a single page of the response. See documentation on
            [Pagination](https://developers.pinterest.com/docs/reference/pagination/) for more information.
        :returns: IntegrationsGetListResponse
        """
        return self.api_client.call(_INTEGRATIONS_GET_LIST, options, bookmark=bookmark, page_size=page_size)

    integrations_get_list_with_http_info = WithHttpInfo("integrations_get_list")

    @calls(_INTEGRATIONS_GET_BY_ID)
    def integrations_get_by_id(
        self,
        id: str,
        **options: Unpack[CallOptions],
    ) -> IntegrationRecord:
        """Get integration metadata (``GET /integrations/{id}``)

        Get integration metadata by ID.
        Note: If you're interested in joining the beta, please reach out to your Pinterest account manager.

        :param id: Integration ID.
        :returns: IntegrationRecord
        """
        return self.api_client.call(_INTEGRATIONS_GET_BY_ID, options, id=id)

    integrations_get_by_id_with_http_info = WithHttpInfo("integrations_get_by_id")
