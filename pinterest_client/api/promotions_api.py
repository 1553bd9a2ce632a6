# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""PromotionsApi: View, create, update, or delete promotions."""

from __future__ import annotations

from pinterest_client._operations import ApiBase, Operation, Param, WithHttpInfo, calls
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import List, Optional

    from typing_extensions import Unpack

    from pinterest_client.api_client import CallOptions
    from pinterest_client.model.promotion_create_request import PromotionCreateRequest
    from pinterest_client.model.promotion_response import PromotionResponse
    from pinterest_client.model.promotion_update_request import PromotionUpdateRequest
    from pinterest_client.model.promotions_list_response import PromotionsListResponse
    from pinterest_client.model.promotions_response import PromotionsResponse


_PROMOTIONS_LIST = Operation(
    "promotions/list",
    "GET",
    "/ad_accounts/{ad_account_id}/promotions",
    params=(
        Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),
        Param("page_size", "query", "int", maximum=250, minimum=1),
        Param("order", "query", "str", enum=("ASCENDING", "DESCENDING")),
        Param("bookmark", "query", "str"),
    ),
    responses={"200": "PromotionsListResponse"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_read",
)


_PROMOTIONS_CREATE = Operation(
    "promotions/create",
    "POST",
    "/ad_accounts/{ad_account_id}/promotions",
    params=(Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),),
    body="list[PromotionCreateRequest]",
    body_name="promotion_create_request",
    body_required=True,
    content_type="application/json",
    responses={"200": "PromotionsResponse"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_write",
)


_PROMOTIONS_UPDATE = Operation(
    "promotions/update",
    "PATCH",
    "/ad_accounts/{ad_account_id}/promotions",
    params=(Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),),
    body="list[PromotionUpdateRequest]",
    body_name="promotion_update_request",
    body_required=True,
    content_type="application/json",
    responses={"200": "PromotionsResponse"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_write",
)


_PROMOTIONS_GET = Operation(
    "promotions/get",
    "GET",
    "/ad_accounts/{ad_account_id}/promotions/{promotion_id}",
    params=(
        Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),
        Param("promotion_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),
    ),
    responses={"200": "PromotionResponse"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_read",
)


_PROMOTIONS_DELETE = Operation(
    "promotions/delete",
    "DELETE",
    "/ad_accounts/{ad_account_id}/promotions/{promotion_id}",
    params=(
        Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),
        Param("promotion_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),
    ),
    responses={"204": None},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_write",
)


class PromotionsApi(ApiBase):
    """View, create, update, or delete promotions."""

    @calls(_PROMOTIONS_LIST)
    def promotions_list(
        self,
        ad_account_id: str,
        *,
        page_size: Optional[int] = None,
        order: Optional[str] = None,
        bookmark: Optional[str] = None,
        **options: Unpack[CallOptions],
    ) -> PromotionsListResponse:
        """Get promotions (``GET /ad_accounts/{ad_account_id}/promotions``)

        Gets all promotions associated with an ad account ID that can be applied to an ad group. Can be either
        internally-saved promotions or external promotions imported from a commerce integration.

        :param ad_account_id: Unique identifier of an ad account.
        :param page_size: Maximum number of items to include in a single page of the response. See documentation on
            [Pagination](https://developers.pinterest.com/docs/reference/pagination/) for more information.
        :param order: The order in which to sort the items returned: “ASCENDING” or “DESCENDING” by ID. Note that
            higher-value IDs are associated with more-recently added items.
        :param bookmark: Cursor used to fetch the next page of items
        :returns: PromotionsListResponse
        """
        return self.api_client.call(
            _PROMOTIONS_LIST, options, ad_account_id=ad_account_id, page_size=page_size, order=order, bookmark=bookmark
        )

    promotions_list_with_http_info = WithHttpInfo("promotions_list")

    @calls(_PROMOTIONS_CREATE)
    def promotions_create(
        self,
        ad_account_id: str,
        promotion_create_request: List[PromotionCreateRequest],
        **options: Unpack[CallOptions],
    ) -> PromotionsResponse:
        """Create promotions (``POST /ad_accounts/{ad_account_id}/promotions``)

        Create multiple new promotions.

        :param ad_account_id: Unique identifier of an ad account.
        :param promotion_create_request: List of promotions to create, size limit [1, 30].
        :returns: PromotionsResponse
        """
        return self.api_client.call(
            _PROMOTIONS_CREATE, options, ad_account_id=ad_account_id, promotion_create_request=promotion_create_request
        )

    promotions_create_with_http_info = WithHttpInfo("promotions_create")

    @calls(_PROMOTIONS_UPDATE)
    def promotions_update(
        self,
        ad_account_id: str,
        promotion_update_request: List[PromotionUpdateRequest],
        **options: Unpack[CallOptions],
    ) -> PromotionsResponse:
        """Update promotions (``PATCH /ad_accounts/{ad_account_id}/promotions``)

        Update multiple promotions.

        :param ad_account_id: Unique identifier of an ad account.
        :param promotion_update_request: List of promotions to create, size limit [1, 30].
        :returns: PromotionsResponse
        """
        return self.api_client.call(
            _PROMOTIONS_UPDATE, options, ad_account_id=ad_account_id, promotion_update_request=promotion_update_request
        )

    promotions_update_with_http_info = WithHttpInfo("promotions_update")

    @calls(_PROMOTIONS_GET)
    def promotions_get(
        self,
        ad_account_id: str,
        promotion_id: str,
        **options: Unpack[CallOptions],
    ) -> PromotionResponse:
        """Get promotion by id (``GET /ad_accounts/{ad_account_id}/promotions/{promotion_id}``)

        Get a promotion by its Pinterest-specific id. It must be associated with the provided ad account id.

        :param ad_account_id: Unique identifier of an ad account.
        :param promotion_id: Unique identifier of a promotion
        :returns: PromotionResponse
        """
        return self.api_client.call(_PROMOTIONS_GET, options, ad_account_id=ad_account_id, promotion_id=promotion_id)

    promotions_get_with_http_info = WithHttpInfo("promotions_get")

    @calls(_PROMOTIONS_DELETE)
    def promotions_delete(
        self,
        ad_account_id: str,
        promotion_id: str,
        **options: Unpack[CallOptions],
    ) -> None:
        """Delete promotion by id (``DELETE /ad_accounts/{ad_account_id}/promotions/{promotion_id}``)

        Delete a promotion within Pinterest.

        :param ad_account_id: Unique identifier of an ad account.
        :param promotion_id: Unique identifier of a promotion
        :returns: None
        """
        return self.api_client.call(_PROMOTIONS_DELETE, options, ad_account_id=ad_account_id, promotion_id=promotion_id)

    promotions_delete_with_http_info = WithHttpInfo("promotions_delete")
