# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""TargetingTemplateApi: View, create or update targeting templates."""

from __future__ import annotations

from pinterest_client._operations import ApiBase, Operation, Param, WithHttpInfo, calls
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any, Dict, Optional, Union

    from typing_extensions import Unpack

    from pinterest_client.api_client import CallOptions
    from pinterest_client.model.targeting_template_create import TargetingTemplateCreate
    from pinterest_client.model.targeting_template_get_response_data import TargetingTemplateGetResponseData
    from pinterest_client.model.targeting_template_list_response import TargetingTemplateListResponse
    from pinterest_client.model.targeting_template_update_request import TargetingTemplateUpdateRequest


_TARGETING_TEMPLATE_LIST = Operation(
    "targeting_template/list",
    "GET",
    "/ad_accounts/{ad_account_id}/targeting_templates",
    params=(
        Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),
        Param("order", "query", "str", enum=("ASCENDING", "DESCENDING")),
        Param("include_sizing", "query", "bool"),
        Param("search_query", "query", "str"),
        Param("page_size", "query", "int", maximum=250, minimum=1),
        Param("bookmark", "query", "str"),
    ),
    responses={"200": "TargetingTemplateListResponse"},
    security=("pinterest_oauth2", "client_credentials"),
    rate_limit_category="ads_read",
)


_TARGETING_TEMPLATE_CREATE = Operation(
    "targeting_template/create",
    "POST",
    "/ad_accounts/{ad_account_id}/targeting_templates",
    params=(Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),),
    body="TargetingTemplateCreate",
    body_name="targeting_template_create",
    body_required=True,
    content_type="application/json",
    responses={"200": "TargetingTemplateGetResponseData"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_write",
)


_TARGETING_TEMPLATE_UPDATE = Operation(
    "targeting_template/update",
    "PATCH",
    "/ad_accounts/{ad_account_id}/targeting_templates",
    params=(Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),),
    body="TargetingTemplateUpdateRequest",
    body_name="targeting_template_update_request",
    body_required=True,
    content_type="application/json",
    responses={"200": None},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_write",
)


class TargetingTemplateApi(ApiBase):
    """View, create or update targeting templates."""

    @calls(_TARGETING_TEMPLATE_LIST)
    def targeting_template_list(
        self,
        ad_account_id: str,
        *,
        order: Optional[str] = None,
        include_sizing: Optional[bool] = None,
        search_query: Optional[str] = None,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        **options: Unpack[CallOptions],
    ) -> TargetingTemplateListResponse:
        """List targeting templates (``GET /ad_accounts/{ad_account_id}/targeting_templates``)

        Get a list of the targeting templates in the specified `ad_account_id`

        :param ad_account_id: Unique identifier of an ad account.
        :param order: The order in which to sort the items returned: “ASCENDING” or “DESCENDING” by ID. Note that
            higher-value IDs are associated with more-recently added items.
        :param include_sizing: Include audience sizing in result or not
        :param search_query: Search keyword for targeting templates
        :param page_size: Maximum number of items to include in a single page of the response. See documentation on
            [Pagination](https://developers.pinterest.com/docs/reference/pagination/) for more information.
        :param bookmark: Cursor used to fetch the next page of items
        :returns: TargetingTemplateListResponse
        """
        return self.api_client.call(
            _TARGETING_TEMPLATE_LIST,
            options,
            ad_account_id=ad_account_id,
            order=order,
            include_sizing=include_sizing,
            search_query=search_query,
            page_size=page_size,
            bookmark=bookmark,
        )

    targeting_template_list_with_http_info = WithHttpInfo("targeting_template_list")

    @calls(_TARGETING_TEMPLATE_CREATE)
    def targeting_template_create(
        self,
        ad_account_id: str,
        targeting_template_create: Union[TargetingTemplateCreate, Dict[str, Any]],
        **options: Unpack[CallOptions],
    ) -> TargetingTemplateGetResponseData:
        """Create targeting templates (``POST /ad_accounts/{ad_account_id}/targeting_templates``)

        Targeting templates allow advertisers to save a set of targeting details including audience lists,
         keywords & interest, demographics, and placements to use more than once during the campaign creation
         process.

        Templates can be used to build out basic targeting criteria that you plan to use across campaigns and to
        reuse
          performance targeting from prior campaigns for new campaigns.

        :param ad_account_id: Unique identifier of an ad account.
        :param targeting_template_create: targeting template creation entity
        :returns: TargetingTemplateGetResponseData
        """
        return self.api_client.call(
            _TARGETING_TEMPLATE_CREATE,
            options,
            ad_account_id=ad_account_id,
            targeting_template_create=targeting_template_create,
        )

    targeting_template_create_with_http_info = WithHttpInfo("targeting_template_create")

    @calls(_TARGETING_TEMPLATE_UPDATE)
    def targeting_template_update(
        self,
        ad_account_id: str,
        targeting_template_update_request: Union[TargetingTemplateUpdateRequest, Dict[str, Any]],
        **options: Unpack[CallOptions],
    ) -> None:
        """Update targeting templates (``PATCH /ad_accounts/{ad_account_id}/targeting_templates``)

        Update the targeting template given advertiser ID and targeting template ID

        :param ad_account_id: Unique identifier of an ad account.
        :param targeting_template_update_request: Operation type and targeting template ID
        :returns: None
        """
        return self.api_client.call(
            _TARGETING_TEMPLATE_UPDATE,
            options,
            ad_account_id=ad_account_id,
            targeting_template_update_request=targeting_template_update_request,
        )

    targeting_template_update_with_http_info = WithHttpInfo("targeting_template_update")
