# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""LabelsApi"""

from __future__ import annotations

from pinterest_client._operations import ApiBase, Operation, Param, WithHttpInfo, calls
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any, Dict, List, Optional, Union

    from typing_extensions import Unpack

    from pinterest_client.api_client import CallOptions
    from pinterest_client.model.label_create_request import LabelCreateRequest
    from pinterest_client.model.label_update_request import LabelUpdateRequest
    from pinterest_client.model.labels_list_response import LabelsListResponse
    from pinterest_client.model.labels_response import LabelsResponse


_LABELS_LIST = Operation(
    "labels/list",
    "GET",
    "/ad_accounts/{ad_account_id}/labels",
    params=(
        Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),
        Param(
            "campaign_ids",
            "query",
            "list[str]",
            items={"max_length": 18, "pattern": "^\\d+$"},
            max_items=250,
            min_items=1,
        ),
        Param(
            "label_ids", "query", "list[str]", items={"max_length": 18, "pattern": "^\\d+$"}, max_items=250, min_items=1
        ),
        Param("entity_statuses", "query", "list[str]", items={"enum": ("ACTIVE", "ARCHIVED")}),
        Param("label_types", "query", "list[str]", items={"enum": ("BRAND", "CUSTOM")}),
        Param("page_size", "query", "int", maximum=250, minimum=1),
        Param("bookmark", "query", "str"),
    ),
    responses={"200": "LabelsListResponse"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_read",
)


_LABELS_CREATE = Operation(
    "labels/create",
    "POST",
    "/ad_accounts/{ad_account_id}/labels",
    params=(Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),),
    body="LabelCreateRequest",
    body_name="label_create_request",
    body_required=True,
    content_type="application/json",
    responses={"200": "LabelsResponse"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_write",
)


_LABELS_UPDATE = Operation(
    "labels/update",
    "PATCH",
    "/ad_accounts/{ad_account_id}/labels",
    params=(Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),),
    body="LabelUpdateRequest",
    body_name="label_update_request",
    body_required=True,
    content_type="application/json",
    responses={"200": "LabelsResponse"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_write",
)


class LabelsApi(ApiBase):
    """Operations tagged `labels`."""

    @calls(_LABELS_LIST)
    def labels_list(
        self,
        ad_account_id: str,
        *,
        campaign_ids: Optional[List[str]] = None,
        label_ids: Optional[List[str]] = None,
        entity_statuses: Optional[List[str]] = None,
        label_types: Optional[List[str]] = None,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        **options: Unpack[CallOptions],
    ) -> LabelsListResponse:
        """List labels (``GET /ad_accounts/{ad_account_id}/labels``)

          [Closed beta](https://developers.pinterest.com/docs/getting-started/using-beta-and-restricted-features/)
          This endpoint is not available to all users.

          See a list of labels for assets that your account owns, and filter the list by different criteria.

        :param ad_account_id: Unique identifier of an ad account.
        :param campaign_ids: List of Campaign Ids to use to filter the results.
        :param label_ids: List of Label Ids to use to filter the results.
        :param entity_statuses: Label entity status
        :param label_types: Label type.
        :param page_size: Maximum number of items to include in a single page of the response. See documentation on
            [Pagination](https://developers.pinterest.com/docs/reference/pagination/) for more information.
        :param bookmark: Cursor used to fetch the next page of items
        :returns: LabelsListResponse
        """
        return self.api_client.call(
            _LABELS_LIST,
            options,
            ad_account_id=ad_account_id,
            campaign_ids=campaign_ids,
            label_ids=label_ids,
            entity_statuses=entity_statuses,
            label_types=label_types,
            page_size=page_size,
            bookmark=bookmark,
        )

    labels_list_with_http_info = WithHttpInfo("labels_list")

    @calls(_LABELS_CREATE)
    def labels_create(
        self,
        ad_account_id: str,
        label_create_request: Union[LabelCreateRequest, Dict[str, Any]],
        **options: Unpack[CallOptions],
    ) -> LabelsResponse:
        """Create labels (``POST /ad_accounts/{ad_account_id}/labels``)

        [Closed beta](https://developers.pinterest.com/docs/getting-started/using-beta-and-restricted-features/)
        This endpoint is not available to all users.

          Apply one or more labels to a campaign.
          Currently, you can apply brand and custom labels. Future releases will provide more options.

          **Note:** You can only apply one brand label to a campaign. You can apply 30 custom labels to a campaign.

        :param ad_account_id: Unique identifier of an ad account.
        :param label_create_request: The request body (LabelCreateRequest).
        :returns: LabelsResponse
        """
        return self.api_client.call(
            _LABELS_CREATE, options, ad_account_id=ad_account_id, label_create_request=label_create_request
        )

    labels_create_with_http_info = WithHttpInfo("labels_create")

    @calls(_LABELS_UPDATE)
    def labels_update(
        self,
        ad_account_id: str,
        label_update_request: Union[LabelUpdateRequest, Dict[str, Any]],
        **options: Unpack[CallOptions],
    ) -> LabelsResponse:
        """Update labels (``PATCH /ad_accounts/{ad_account_id}/labels``)

          [Closed beta](https://developers.pinterest.com/docs/getting-started/using-beta-and-restricted-features/)
          This endpoint is not available to all users.

          Change the properties of one or more labels.

        :param ad_account_id: Unique identifier of an ad account.
        :param label_update_request: The request body (LabelUpdateRequest).
        :returns: LabelsResponse
        """
        return self.api_client.call(
            _LABELS_UPDATE, options, ad_account_id=ad_account_id, label_update_request=label_update_request
        )

    labels_update_with_http_info = WithHttpInfo("labels_update")
