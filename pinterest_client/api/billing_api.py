# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""BillingApi: View, create, or update information related to billing."""

from __future__ import annotations

from pinterest_client._operations import ApiBase, Operation, Param, WithHttpInfo, calls
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    import datetime
    from typing import Any, Dict, Optional, Union

    from typing_extensions import Unpack

    from pinterest_client.api_client import CallOptions
    from pinterest_client.model.ads_credit_redeem_request import AdsCreditRedeemRequest
    from pinterest_client.model.ads_credit_redeem_response import AdsCreditRedeemResponse
    from pinterest_client.model.ads_credits_discounts_get_response import AdsCreditsDiscountsGetResponse
    from pinterest_client.model.billing_invoice_download_response import BillingInvoiceDownloadResponse
    from pinterest_client.model.billing_invoices_get_response import BillingInvoicesGetResponse
    from pinterest_client.model.billing_profiles_get_response import BillingProfilesGetResponse
    from pinterest_client.model.ssio_account_response import SSIOAccountResponse
    from pinterest_client.model.ssio_create_insertion_order_request import SSIOCreateInsertionOrderRequest
    from pinterest_client.model.ssio_create_insertion_order_response import SSIOCreateInsertionOrderResponse
    from pinterest_client.model.ssio_edit_insertion_order_request import SSIOEditInsertionOrderRequest
    from pinterest_client.model.ssio_edit_insertion_order_response import SSIOEditInsertionOrderResponse
    from pinterest_client.model.ssio_insertion_order_status import SSIOInsertionOrderStatus
    from pinterest_client.model.ssio_insertion_orders_status_get_by_ad_account_response import (
        SsioInsertionOrdersStatusGetByAdAccountResponse,
    )
    from pinterest_client.model.ssio_order_lines_get_by_ad_account_response import SsioOrderLinesGetByAdAccountResponse


_ADS_CREDITS_DISCOUNTS_GET = Operation(
    "ads_credits_discounts/get",
    "GET",
    "/ad_accounts/{ad_account_id}/ads_credit/discounts",
    params=(
        Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),
        Param("bookmark", "query", "str"),
        Param("page_size", "query", "int", maximum=250, minimum=1),
    ),
    responses={"200": "AdsCreditsDiscountsGetResponse"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_read",
)


_ADS_CREDIT_REDEEM = Operation(
    "ads_credit/redeem",
    "POST",
    "/ad_accounts/{ad_account_id}/ads_credit/redeem",
    params=(Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),),
    body="AdsCreditRedeemRequest",
    body_name="ads_credit_redeem_request",
    body_required=True,
    content_type="application/json",
    responses={"200": "AdsCreditRedeemResponse"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_write",
)


_BILLING_PROFILES_GET = Operation(
    "billing_profiles/get",
    "GET",
    "/ad_accounts/{ad_account_id}/billing_profiles",
    params=(
        Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),
        Param("is_active", "query", "bool", required=True),
        Param("bookmark", "query", "str"),
        Param("page_size", "query", "int", maximum=250, minimum=1),
    ),
    responses={"200": "BillingProfilesGetResponse"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_read",
)


_BILLING_INVOICES_GET = Operation(
    "billing_invoices/get",
    "GET",
    "/ad_accounts/{ad_account_id}/billing_invoices",
    params=(
        Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),
        Param("bookmark", "query", "str"),
        Param("page_size", "query", "int", maximum=250, minimum=1),
        Param(
            "sort",
            "query",
            "str",
            enum=("DUE_DATE", "BILLING_PERIOD", "DOCUMENT_TYPE", "TOTAL_AMOUNT", "INVOICE_NUMBER"),
        ),
        Param("order", "query", "str", enum=("ASCENDING", "DESCENDING")),
        Param("status", "query", "str", enum=("OPEN", "CLOSED")),
        Param("document_type", "query", "str", enum=("INVOICE", "CREDIT_MEMO")),
        Param("start_due_date", "query", "date", pattern="^(\\d{4})-(\\d{2})-(\\d{2})$"),
        Param("end_due_date", "query", "date", pattern="^(\\d{4})-(\\d{2})-(\\d{2})$"),
    ),
    responses={"200": "BillingInvoicesGetResponse"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_read",
)


_BILLING_INVOICE_DOWNLOAD_GET = Operation(
    "billing_invoice_download/get",
    "GET",
    "/ad_accounts/{ad_account_id}/billing_invoice/{billing_invoice_id}/download",
    params=(
        Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),
        Param("billing_invoice_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),
    ),
    responses={"200": "BillingInvoiceDownloadResponse"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_read",
)


_SSIO_ACCOUNTS_GET = Operation(
    "ssio_accounts/get",
    "GET",
    "/ad_accounts/{ad_account_id}/ssio/accounts",
    params=(Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),),
    responses={"200": "SSIOAccountResponse"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_read",
)


_SSIO_INSERTION_ORDER_CREATE = Operation(
    "ssio_insertion_order/create",
    "POST",
    "/ad_accounts/{ad_account_id}/ssio/insertion_orders",
    params=(Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),),
    body="SSIOCreateInsertionOrderRequest",
    body_name="ssio_create_insertion_order_request",
    body_required=True,
    content_type="application/json",
    responses={"200": "SSIOCreateInsertionOrderResponse"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_write",
)


_SSIO_INSERTION_ORDER_EDIT = Operation(
    "ssio_insertion_order/edit",
    "PATCH",
    "/ad_accounts/{ad_account_id}/ssio/insertion_orders",
    params=(Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),),
    body="SSIOEditInsertionOrderRequest",
    body_name="ssio_edit_insertion_order_request",
    body_required=True,
    content_type="application/json",
    responses={"200": "SSIOEditInsertionOrderResponse"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_write",
)


_SSIO_INSERTION_ORDERS_STATUS_GET_BY_AD_ACCOUNT = Operation(
    "ssio_insertion_orders_status/get_by_ad_account",
    "GET",
    "/ad_accounts/{ad_account_id}/ssio/insertion_orders/status",
    params=(
        Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),
        Param("bookmark", "query", "str"),
        Param("page_size", "query", "int", maximum=250, minimum=1),
    ),
    responses={"200": "SsioInsertionOrdersStatusGetByAdAccountResponse"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_read",
)


_SSIO_INSERTION_ORDERS_STATUS_GET_BY_PIN_ORDER_ID = Operation(
    "ssio_insertion_orders_status/get_by_pin_order_id",
    "GET",
    "/ad_accounts/{ad_account_id}/ssio/insertion_orders/{pin_order_id}/status",
    params=(
        Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),
        Param("pin_order_id", "path", "str", required=True),
    ),
    responses={"200": "SSIOInsertionOrderStatus"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_read",
)


_SSIO_ORDER_LINES_GET_BY_AD_ACCOUNT = Operation(
    "ssio_order_lines/get_by_ad_account",
    "GET",
    "/ad_accounts/{ad_account_id}/ssio/order_lines",
    params=(
        Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),
        Param("bookmark", "query", "str"),
        Param("page_size", "query", "int", maximum=250, minimum=1),
        Param("pin_order_id", "query", "str"),
    ),
    responses={"200": "SsioOrderLinesGetByAdAccountResponse"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_read",
)


class BillingApi(ApiBase):
    """View, create, or update information related to billing."""

    @calls(_ADS_CREDITS_DISCOUNTS_GET)
    def ads_credits_discounts_get(
        self,
        ad_account_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        **options: Unpack[CallOptions],
    ) -> AdsCreditsDiscountsGetResponse:
        """Get ads credit discounts (``GET /ad_accounts/{ad_account_id}/ads_credit/discounts``)

        Returns the list of discounts applied to the account.

        **This endpoint might not be available to all apps. [Learn
        more](https://developers.pinterest.com/docs/getting-started/using-beta-and-restricted-features/).**

        :param ad_account_id: Unique identifier of an ad account.
        :param bookmark: Cursor used to fetch the next page of items
        :param page_size: Maximum number of items to include in a single page of the response. See documentation on
            [Pagination](https://developers.pinterest.com/docs/reference/pagination/) for more information.
        :returns: AdsCreditsDiscountsGetResponse
        """
        return self.api_client.call(
            _ADS_CREDITS_DISCOUNTS_GET, options, ad_account_id=ad_account_id, bookmark=bookmark, page_size=page_size
        )

    ads_credits_discounts_get_with_http_info = WithHttpInfo("ads_credits_discounts_get")

    @calls(_ADS_CREDIT_REDEEM)
    def ads_credit_redeem(
        self,
        ad_account_id: str,
        ads_credit_redeem_request: Union[AdsCreditRedeemRequest, Dict[str, Any]],
        **options: Unpack[CallOptions],
    ) -> AdsCreditRedeemResponse:
        """Redeem ad credits (``POST /ad_accounts/{ad_account_id}/ads_credit/redeem``)

        Redeem ads credit on behalf of the ad account id and apply it towards billing.

        **This endpoint might not be available to all apps. [Learn
        more](https://developers.pinterest.com/docs/getting-started/using-beta-and-restricted-features/).**

        :param ad_account_id: Unique identifier of an ad account.
        :param ads_credit_redeem_request: Redeem ad credits request.
        :returns: AdsCreditRedeemResponse
        """
        return self.api_client.call(
            _ADS_CREDIT_REDEEM,
            options,
            ad_account_id=ad_account_id,
            ads_credit_redeem_request=ads_credit_redeem_request,
        )

    ads_credit_redeem_with_http_info = WithHttpInfo("ads_credit_redeem")

    @calls(_BILLING_PROFILES_GET)
    def billing_profiles_get(
        self,
        ad_account_id: str,
        is_active: bool,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        **options: Unpack[CallOptions],
    ) -> BillingProfilesGetResponse:
        """Get billing profiles (``GET /ad_accounts/{ad_account_id}/billing_profiles``)

        Get billing profiles in the advertiser account.

        **This endpoint might not be available to all apps. [Learn
        more](https://developers.pinterest.com/docs/getting-started/using-beta-and-restricted-features/).**

        :param ad_account_id: Unique identifier of an ad account.
        :param is_active: Return active billing profiles, if false return all billing profiles.
        :param bookmark: Cursor used to fetch the next page of items
        :param page_size: Maximum number of items to include in a single page of the response. See documentation on
            [Pagination](https://developers.pinterest.com/docs/reference/pagination/) for more information.
        :returns: BillingProfilesGetResponse
        """
        return self.api_client.call(
            _BILLING_PROFILES_GET,
            options,
            ad_account_id=ad_account_id,
            is_active=is_active,
            bookmark=bookmark,
            page_size=page_size,
        )

    billing_profiles_get_with_http_info = WithHttpInfo("billing_profiles_get")

    @calls(_BILLING_INVOICES_GET)
    def billing_invoices_get(
        self,
        ad_account_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        sort: Optional[str] = None,
        order: Optional[str] = None,
        status: Optional[str] = None,
        document_type: Optional[str] = None,
        start_due_date: Optional[Union[datetime.date, str]] = None,
        end_due_date: Optional[Union[datetime.date, str]] = None,
        **options: Unpack[CallOptions],
    ) -> BillingInvoicesGetResponse:
        """Get billing invoices (``GET /ad_accounts/{ad_account_id}/billing_invoices``)

        Get billing invoices in the advertiser account.

        :param ad_account_id: Unique identifier of an ad account.
        :param bookmark: Cursor used to fetch the next page of items
        :param page_size: Maximum number of items to include in a single page of the response. See documentation on
            [Pagination](https://developers.pinterest.com/docs/reference/pagination/) for more information.
        :param sort: Field of which to sort billing invoices
        :param order: The order in which to sort the items returned: “ASCENDING” or “DESCENDING” by ID. Note that
            higher-value IDs are associated with more-recently added items.
        :param status: Status of billing invoices to filter by
        :param document_type: Document type of billing invoices to filter by
        :param start_due_date: Starting point for due dates when searching for invoices. Format: YYYY-MM-DD
        :param end_due_date: Ending point for due dates when searching for invoices. Format: YYYY-MM-DD
        :returns: BillingInvoicesGetResponse
        """
        return self.api_client.call(
            _BILLING_INVOICES_GET,
            options,
            ad_account_id=ad_account_id,
            bookmark=bookmark,
            page_size=page_size,
            sort=sort,
            order=order,
            status=status,
            document_type=document_type,
            start_due_date=start_due_date,
            end_due_date=end_due_date,
        )

    billing_invoices_get_with_http_info = WithHttpInfo("billing_invoices_get")

    @calls(_BILLING_INVOICE_DOWNLOAD_GET)
    def billing_invoice_download_get(
        self,
        ad_account_id: str,
        billing_invoice_id: str,
        **options: Unpack[CallOptions],
    ) -> BillingInvoiceDownloadResponse:
        """Get download url for a billing invoice (``GET
        /ad_accounts/{ad_account_id}/billing_invoice/{billing_invoice_id}/download``)

        Get download url for a billing invoice.

        :param ad_account_id: Unique identifier of an ad account.
        :param billing_invoice_id: Unique identifier of a billing invoice.
        :returns: BillingInvoiceDownloadResponse
        """
        return self.api_client.call(
            _BILLING_INVOICE_DOWNLOAD_GET, options, ad_account_id=ad_account_id, billing_invoice_id=billing_invoice_id
        )

    billing_invoice_download_get_with_http_info = WithHttpInfo("billing_invoice_download_get")

    @calls(_SSIO_ACCOUNTS_GET)
    def ssio_accounts_get(
        self,
        ad_account_id: str,
        **options: Unpack[CallOptions],
    ) -> SSIOAccountResponse:
        """Get Salesforce account details including bill-to information. (``GET
        /ad_accounts/{ad_account_id}/ssio/accounts``)

        Get Salesforce account details including bill-to information to be used in insertion orders process for
        `ad_account_id`.
        - The token's user_account must either be the Owner of the specified ad account, or have one of the necessary
          roles granted to them via [Business
          Access](https://help.pinterest.com/en/business/article/share-and-manage-access-to-your-ad-accounts): Admin,
          Finance, Campaign.

        :param ad_account_id: Unique identifier of an ad account.
        :returns: SSIOAccountResponse
        """
        return self.api_client.call(_SSIO_ACCOUNTS_GET, options, ad_account_id=ad_account_id)

    ssio_accounts_get_with_http_info = WithHttpInfo("ssio_accounts_get")

    @calls(_SSIO_INSERTION_ORDER_CREATE)
    def ssio_insertion_order_create(
        self,
        ad_account_id: str,
        ssio_create_insertion_order_request: Union[SSIOCreateInsertionOrderRequest, Dict[str, Any]],
        **options: Unpack[CallOptions],
    ) -> SSIOCreateInsertionOrderResponse:
        """Create insertion order through SSIO. (``POST /ad_accounts/{ad_account_id}/ssio/insertion_orders``)

        Create insertion order through SSIO for `ad_account_id`.
        - The token's user_account must either be the Owner of the specified ad account, or have one of the necessary
          roles granted to them via [Business
          Access](https://help.pinterest.com/en/business/article/share-and-manage-access-to-your-ad-accounts): Admin,
          Finance, Campaign.

        :param ad_account_id: Unique identifier of an ad account.
        :param ssio_create_insertion_order_request: Order line to create.
        :returns: SSIOCreateInsertionOrderResponse
        """
        return self.api_client.call(
            _SSIO_INSERTION_ORDER_CREATE,
            options,
            ad_account_id=ad_account_id,
            ssio_create_insertion_order_request=ssio_create_insertion_order_request,
        )

    ssio_insertion_order_create_with_http_info = WithHttpInfo("ssio_insertion_order_create")

    @calls(_SSIO_INSERTION_ORDER_EDIT)
    def ssio_insertion_order_edit(
        self,
        ad_account_id: str,
        ssio_edit_insertion_order_request: Union[SSIOEditInsertionOrderRequest, Dict[str, Any]],
        **options: Unpack[CallOptions],
    ) -> SSIOEditInsertionOrderResponse:
        """Edit insertion order through SSIO. (``PATCH /ad_accounts/{ad_account_id}/ssio/insertion_orders``)

        Edit insertion order through SSIO for `ad_account_id`.
        - The token's user_account must either be the Owner of the specified ad account, or have one of the necessary
          roles granted to them via [Business
          Access](https://help.pinterest.com/en/business/article/share-and-manage-access-to-your-ad-accounts): Admin,
          Finance, Campaign.

        :param ad_account_id: Unique identifier of an ad account.
        :param ssio_edit_insertion_order_request: Order line to create.
        :returns: SSIOEditInsertionOrderResponse
        """
        return self.api_client.call(
            _SSIO_INSERTION_ORDER_EDIT,
            options,
            ad_account_id=ad_account_id,
            ssio_edit_insertion_order_request=ssio_edit_insertion_order_request,
        )

    ssio_insertion_order_edit_with_http_info = WithHttpInfo("ssio_insertion_order_edit")

    @calls(_SSIO_INSERTION_ORDERS_STATUS_GET_BY_AD_ACCOUNT)
    def ssio_insertion_orders_status_get_by_ad_account(
        self,
        ad_account_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        **options: Unpack[CallOptions],
    ) -> SsioInsertionOrdersStatusGetByAdAccountResponse:
        """Get insertion order status by ad account id. (``GET
        /ad_accounts/{ad_account_id}/ssio/insertion_orders/status``)

        Get insertion order status for account id `ad_account_id`.
        - The token's user_account must either be the Owner of the specified ad account, or have one of the necessary
          roles granted to them via [Business
          Access](https://help.pinterest.com/en/business/article/share-and-manage-access-to-your-ad-accounts): Admin,
          Finance, Campaign.

        :param ad_account_id: Unique identifier of an ad account.
        :param bookmark: Cursor used to fetch the next page of items
        :param page_size: Maximum number of items to include in a single page of the response. See documentation on
            [Pagination](https://developers.pinterest.com/docs/reference/pagination/) for more information.
        :returns: SsioInsertionOrdersStatusGetByAdAccountResponse
        """
        return self.api_client.call(
            _SSIO_INSERTION_ORDERS_STATUS_GET_BY_AD_ACCOUNT,
            options,
            ad_account_id=ad_account_id,
            bookmark=bookmark,
            page_size=page_size,
        )

    ssio_insertion_orders_status_get_by_ad_account_with_http_info = WithHttpInfo(
        "ssio_insertion_orders_status_get_by_ad_account"
    )

    @calls(_SSIO_INSERTION_ORDERS_STATUS_GET_BY_PIN_ORDER_ID)
    def ssio_insertion_orders_status_get_by_pin_order_id(
        self,
        ad_account_id: str,
        pin_order_id: str,
        **options: Unpack[CallOptions],
    ) -> SSIOInsertionOrderStatus:
        """Get insertion order status by pin order id. (``GET
        /ad_accounts/{ad_account_id}/ssio/insertion_orders/{pin_order_id}/status``)

        Get insertion order status for pin order id `pin_order_id`.
        - The token's user_account must either be the Owner of the specified ad account, or have one of the necessary
          roles granted to them via [Business
          Access](https://help.pinterest.com/en/business/article/share-and-manage-access-to-your-ad-accounts): Admin,
          Finance, Campaign.

        :param ad_account_id: Unique identifier of an ad account.
        :param pin_order_id: The pin order id associated with the ssio insertion order
        :returns: SSIOInsertionOrderStatus
        """
        return self.api_client.call(
            _SSIO_INSERTION_ORDERS_STATUS_GET_BY_PIN_ORDER_ID,
            options,
            ad_account_id=ad_account_id,
            pin_order_id=pin_order_id,
        )

    ssio_insertion_orders_status_get_by_pin_order_id_with_http_info = WithHttpInfo(
        "ssio_insertion_orders_status_get_by_pin_order_id"
    )

    @calls(_SSIO_ORDER_LINES_GET_BY_AD_ACCOUNT)
    def ssio_order_lines_get_by_ad_account(
        self,
        ad_account_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        pin_order_id: Optional[str] = None,
        **options: Unpack[CallOptions],
    ) -> SsioOrderLinesGetByAdAccountResponse:
        """Get Salesforce order lines by ad account id. (``GET /ad_accounts/{ad_account_id}/ssio/order_lines``)

        Get Salesforce order lines for account id `ad_account_id`.
        - The token's user_account must either be the Owner of the specified ad account, or have one of the necessary
          roles granted to them via [Business
          Access](https://help.pinterest.com/en/business/article/share-and-manage-access-to-your-ad-accounts): Admin,
          Finance, Campaign.

        :param ad_account_id: Unique identifier of an ad account.
        :param bookmark: Cursor used to fetch the next page of items
        :param page_size: Maximum number of items to include in a single page of the response. See documentation on
            [Pagination](https://developers.pinterest.com/docs/reference/pagination/) for more information.
        :param pin_order_id: The pin order id associated with the ssio insertino order
        :returns: SsioOrderLinesGetByAdAccountResponse
        """
        return self.api_client.call(
            _SSIO_ORDER_LINES_GET_BY_AD_ACCOUNT,
            options,
            ad_account_id=ad_account_id,
            bookmark=bookmark,
            page_size=page_size,
            pin_order_id=pin_order_id,
        )

    ssio_order_lines_get_by_ad_account_with_http_info = WithHttpInfo("ssio_order_lines_get_by_ad_account")
