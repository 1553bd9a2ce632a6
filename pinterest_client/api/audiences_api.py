# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""AudiencesApi: View, create, or update audiences."""

from __future__ import annotations

from pinterest_client._operations import ApiBase, Operation, Param, WithHttpInfo, calls
from pinterest_client._types import TYPE_CHECKING
from pinterest_client.legacy_calls import dropped_params, removed

if TYPE_CHECKING:
    from typing import Any, Dict, NoReturn, Optional, Union

    from typing_extensions import Unpack

    from pinterest_client.api_client import CallOptions
    from pinterest_client.model.audience import Audience
    from pinterest_client.model.audience_create_custom_request import AudienceCreateCustomRequest
    from pinterest_client.model.audience_create_request import AudienceCreateRequest
    from pinterest_client.model.audience_update_request import AudienceUpdateRequest
    from pinterest_client.model.audiences_list_response import AudiencesListResponse


_AUDIENCES_LIST = Operation(
    "audiences/list",
    "GET",
    "/ad_accounts/{ad_account_id}/audiences",
    params=(
        Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),
        Param("bookmark", "query", "str"),
        Param("order", "query", "str", enum=("ASCENDING", "DESCENDING")),
        Param("page_size", "query", "int", maximum=250, minimum=1),
        Param("ownership_type", "query", "str", enum=("OWNED", "RECEIVED")),
    ),
    responses={"200": "AudiencesListResponse"},
    security=("pinterest_oauth2", "client_credentials"),
    rate_limit_category="ads_read",
)


_AUDIENCES_CREATE = Operation(
    "audiences/create",
    "POST",
    "/ad_accounts/{ad_account_id}/audiences",
    params=(Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),),
    body="AudienceCreateRequest",
    body_name="audience_create_request",
    body_required=True,
    content_type="application/json",
    responses={"200": "Audience"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_write",
)


_AUDIENCES_GET = Operation(
    "audiences/get",
    "GET",
    "/ad_accounts/{ad_account_id}/audiences/{audience_id}",
    params=(
        Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),
        Param("audience_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),
    ),
    responses={"200": "Audience"},
    security=("pinterest_oauth2", "client_credentials"),
    rate_limit_category="ads_read",
)


_AUDIENCES_UPDATE = Operation(
    "audiences/update",
    "PATCH",
    "/ad_accounts/{ad_account_id}/audiences/{audience_id}",
    params=(
        Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),
        Param("audience_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),
    ),
    body="AudienceUpdateRequest",
    body_name="audience_update_request",
    body_required=True,
    content_type="application/json",
    responses={"200": "Audience"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_write",
)


_AUDIENCES_CREATE_CUSTOM = Operation(
    "audiences/create_custom",
    "POST",
    "/ad_accounts/{ad_account_id}/audiences/custom",
    params=(Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),),
    body="AudienceCreateCustomRequest",
    body_name="audience_create_custom_request",
    body_required=True,
    content_type="application/json",
    responses={"200": "Audience"},
    security=("pinterest_oauth2",),
    deprecated=(
        "Deprecated: Pinterest's current spec no longer has this operation (generated from spec 5.18.0); kept for code"
        " written against the original client and may stop working."
    ),
    rate_limit_category="ads_write",
)


class AudiencesApi(ApiBase):
    """View, create, or update audiences."""

    @calls(_AUDIENCES_LIST)
    def audiences_list(
        self,
        ad_account_id: str,
        *,
        bookmark: Optional[str] = None,
        order: Optional[str] = None,
        page_size: Optional[int] = None,
        ownership_type: Optional[str] = None,
        **options: Unpack[CallOptions],
    ) -> AudiencesListResponse:
        """List audiences (``GET /ad_accounts/{ad_account_id}/audiences``)

        Get list of audiences for the ad account.

        :param ad_account_id: Unique identifier of an ad account.
        :param bookmark: Cursor used to fetch the next page of items
        :param order: The order in which to sort the items returned: “ASCENDING” or “DESCENDING” by ID. For received
            audiences, it is sorted by sharing event time. Note that higher-value IDs are associated with
            more-recently added items.
        :param page_size: Maximum number of items to include in a single page of the response. See documentation on
            [Pagination](https://developers.pinterest.com/docs/reference/pagination/) for more information.
        :param ownership_type: Filter audiences by ownership type.
        Deprecated: also accepts `entity_statuses=` (removed by Pinterest, not sent).
        :returns: AudiencesListResponse
        """
        dropped_params("audiences_list", options, ("entity_statuses",))
        return self.api_client.call(
            _AUDIENCES_LIST,
            options,
            ad_account_id=ad_account_id,
            bookmark=bookmark,
            order=order,
            page_size=page_size,
            ownership_type=ownership_type,
        )

    audiences_list_with_http_info = WithHttpInfo("audiences_list")

    @calls(_AUDIENCES_CREATE)
    def audiences_create(
        self,
        ad_account_id: str,
        audience_create_request: Union[AudienceCreateRequest, Dict[str, Any]],
        **options: Unpack[CallOptions],
    ) -> Audience:
        """Create audience (``POST /ad_accounts/{ad_account_id}/audiences``)

        Create an audience you can use in targeting for specific ad groups. Targeting combines customer information
        with
        the ways users interact with Pinterest to help you reach specific groups of users; you can include or exclude
        specific `audience_ids` when you create an ad group.

        Learn about [creating different kinds of
        audiences](https://developers.pinterest.com/docs/work-with-targets-and-audiences/create-audiences/).

        :param ad_account_id: Unique identifier of an ad account.
        :param audience_create_request: List of ads to create, size limit [1, 30]
        :returns: Audience
        """
        return self.api_client.call(
            _AUDIENCES_CREATE, options, ad_account_id=ad_account_id, audience_create_request=audience_create_request
        )

    audiences_create_with_http_info = WithHttpInfo("audiences_create")

    @calls(_AUDIENCES_GET)
    def audiences_get(
        self,
        ad_account_id: str,
        audience_id: str,
        **options: Unpack[CallOptions],
    ) -> Audience:
        """Get audience (``GET /ad_accounts/{ad_account_id}/audiences/{audience_id}``)

        Get a specific audience given the audience ID.

        :param ad_account_id: Unique identifier of an ad account.
        :param audience_id: Unique identifier of an audience
        :returns: Audience
        """
        return self.api_client.call(_AUDIENCES_GET, options, ad_account_id=ad_account_id, audience_id=audience_id)

    audiences_get_with_http_info = WithHttpInfo("audiences_get")

    @calls(_AUDIENCES_UPDATE)
    def audiences_update(
        self,
        ad_account_id: str,
        audience_id: str,
        audience_update_request: Optional[Union[AudienceUpdateRequest, Dict[str, Any]]] = None,
        **options: Unpack[CallOptions],
    ) -> Audience:
        """Update audience (``PATCH /ad_accounts/{ad_account_id}/audiences/{audience_id}``)

        Update (edit or remove) an existing targeting audience.

        :param ad_account_id: Unique identifier of an ad account.
        :param audience_id: Unique identifier of an audience
        :param audience_update_request: The audience to be updated. Required: it defaults to None only so that calls
            written for the original client bind.
        :returns: Audience
        """
        return self.api_client.call(
            _AUDIENCES_UPDATE,
            options,
            ad_account_id=ad_account_id,
            audience_id=audience_id,
            audience_update_request=audience_update_request,
        )

    audiences_update_with_http_info = WithHttpInfo("audiences_update")

    @calls(_AUDIENCES_CREATE_CUSTOM)
    def audiences_create_custom(
        self,
        ad_account_id: str,
        audience_create_custom_request: Union[AudienceCreateCustomRequest, Dict[str, Any]],
        **options: Unpack[CallOptions],
    ) -> Audience:
        """Deprecated: Pinterest's current spec no longer has this operation (generated from spec 5.18.0); kept for code
        written against the original client and may stop working.

        Create custom audience (``POST /ad_accounts/{ad_account_id}/audiences/custom``)

        Create a custom audience and find the audiences you want your ads to reach.

        :param ad_account_id: Unique identifier of an ad account.
        :param audience_create_custom_request: Custom audience to create.
        :returns: Audience
        """
        return self.api_client.call(
            _AUDIENCES_CREATE_CUSTOM,
            options,
            ad_account_id=ad_account_id,
            audience_create_custom_request=audience_create_custom_request,
        )

    audiences_create_custom_with_http_info = WithHttpInfo("audiences_create_custom")

    # Methods of the original client whose operation Pinterest has since removed.
    def audiences_insights_category_list(self, *args: Any, **kwargs: Any) -> NoReturn:
        """Removed: Pinterest's API no longer has this operation of the original client; calling it raises
        ``OperationRemovedError`` (an ``ApiException``) before sending anything. Use
        AudienceInsightsApi.audience_insights_get(ad_account_id).
        """
        removed("audiences_insights_category_list", "AudienceInsightsApi.audience_insights_get(ad_account_id)")
