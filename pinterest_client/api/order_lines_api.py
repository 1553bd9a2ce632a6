# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""OrderLinesApi: View order lines."""

from __future__ import annotations

from pinterest_client._operations import ApiBase, Operation, Param, WithHttpInfo, calls
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Optional

    from typing_extensions import Unpack

    from pinterest_client.api_client import CallOptions
    from pinterest_client.model.order_line import OrderLine
    from pinterest_client.model.order_lines_list_response import OrderLinesListResponse


_ORDER_LINES_LIST = Operation(
    "order_lines/list",
    "GET",
    "/ad_accounts/{ad_account_id}/order_lines",
    params=(
        Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),
        Param("page_size", "query", "int", maximum=250, minimum=1),
        Param("order", "query", "str", enum=("ASCENDING", "DESCENDING")),
        Param("bookmark", "query", "str"),
    ),
    responses={"200": "OrderLinesListResponse"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_read",
)


_ORDER_LINES_GET = Operation(
    "order_lines/get",
    "GET",
    "/ad_accounts/{ad_account_id}/order_lines/{order_line_id}",
    params=(
        Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),
        Param("order_line_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),
    ),
    responses={"200": "OrderLine"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_read",
)


class OrderLinesApi(ApiBase):
    """View order lines."""

    @calls(_ORDER_LINES_LIST)
    def order_lines_list(
        self,
        ad_account_id: str,
        *,
        page_size: Optional[int] = None,
        order: Optional[str] = None,
        bookmark: Optional[str] = None,
        **options: Unpack[CallOptions],
    ) -> OrderLinesListResponse:
        """Get order lines (``GET /ad_accounts/{ad_account_id}/order_lines``)

        List existing order lines associated with an ad account.

        :param ad_account_id: Unique identifier of an ad account.
        :param page_size: Maximum number of items to include in a single page of the response. See documentation on
            [Pagination](https://developers.pinterest.com/docs/reference/pagination/) for more information.
        :param order: The order in which to sort the items returned: “ASCENDING” or “DESCENDING” by ID. Note that
            higher-value IDs are associated with more-recently added items.
        :param bookmark: Cursor used to fetch the next page of items
        :returns: OrderLinesListResponse
        """
        return self.api_client.call(
            _ORDER_LINES_LIST, options, ad_account_id=ad_account_id, page_size=page_size, order=order, bookmark=bookmark
        )

    order_lines_list_with_http_info = WithHttpInfo("order_lines_list")

    @calls(_ORDER_LINES_GET)
    def order_lines_get(
        self,
        ad_account_id: str,
        order_line_id: str,
        **options: Unpack[CallOptions],
    ) -> OrderLine:
        """Get order line (``GET /ad_accounts/{ad_account_id}/order_lines/{order_line_id}``)

        Get a specific existing order line associated with an ad account.

        :param ad_account_id: Unique identifier of an ad account.
        :param order_line_id: Unique identifier of an order line.
        :returns: OrderLine
        """
        return self.api_client.call(_ORDER_LINES_GET, options, ad_account_id=ad_account_id, order_line_id=order_line_id)

    order_lines_get_with_http_info = WithHttpInfo("order_lines_get")
