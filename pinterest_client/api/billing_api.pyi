# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""BillingApi: View, create, or update information related to billing."""

import datetime
from typing import Any, Dict, Literal, Optional, Union, overload

from typing_extensions import Unpack

from pinterest_client._operations import ApiBase, Operation
from pinterest_client.api_client import ApiResponse, AsyncResult, RawResponse, RequestOptions
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

_ADS_CREDITS_DISCOUNTS_GET: Operation
_ADS_CREDIT_REDEEM: Operation
_BILLING_PROFILES_GET: Operation
_BILLING_INVOICES_GET: Operation
_BILLING_INVOICE_DOWNLOAD_GET: Operation
_SSIO_ACCOUNTS_GET: Operation
_SSIO_INSERTION_ORDER_CREATE: Operation
_SSIO_INSERTION_ORDER_EDIT: Operation
_SSIO_INSERTION_ORDERS_STATUS_GET_BY_AD_ACCOUNT: Operation
_SSIO_INSERTION_ORDERS_STATUS_GET_BY_PIN_ORDER_ID: Operation
_SSIO_ORDER_LINES_GET_BY_AD_ACCOUNT: Operation

class BillingApi(ApiBase):
    """View, create, or update information related to billing."""
    @overload
    def ads_credits_discounts_get(
        self,
        ad_account_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AdsCreditsDiscountsGetResponse: ...
    @overload
    def ads_credits_discounts_get(
        self,
        ad_account_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[AdsCreditsDiscountsGetResponse]: ...
    @overload
    def ads_credits_discounts_get(
        self,
        ad_account_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def ads_credits_discounts_get(
        self,
        ad_account_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[AdsCreditsDiscountsGetResponse]: ...
    @overload
    def ads_credits_discounts_get(
        self,
        ad_account_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[AdsCreditsDiscountsGetResponse]]: ...
    @overload
    def ads_credits_discounts_get(
        self,
        ad_account_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def ads_credits_discounts_get(
        self,
        ad_account_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[
        AdsCreditsDiscountsGetResponse, ApiResponse[AdsCreditsDiscountsGetResponse], RawResponse, AsyncResult[Any]
    ]: ...
    @overload
    def ads_credits_discounts_get_with_http_info(
        self,
        ad_account_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[AdsCreditsDiscountsGetResponse]: ...
    @overload
    def ads_credits_discounts_get_with_http_info(
        self,
        ad_account_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def ads_credits_discounts_get_with_http_info(
        self,
        ad_account_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[AdsCreditsDiscountsGetResponse]]: ...
    @overload
    def ads_credits_discounts_get_with_http_info(
        self,
        ad_account_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def ads_credits_discounts_get_with_http_info(
        self,
        ad_account_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[AdsCreditsDiscountsGetResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def ads_credit_redeem(
        self,
        ad_account_id: str,
        ads_credit_redeem_request: Union[AdsCreditRedeemRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AdsCreditRedeemResponse: ...
    @overload
    def ads_credit_redeem(
        self,
        ad_account_id: str,
        ads_credit_redeem_request: Union[AdsCreditRedeemRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[AdsCreditRedeemResponse]: ...
    @overload
    def ads_credit_redeem(
        self,
        ad_account_id: str,
        ads_credit_redeem_request: Union[AdsCreditRedeemRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def ads_credit_redeem(
        self,
        ad_account_id: str,
        ads_credit_redeem_request: Union[AdsCreditRedeemRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[AdsCreditRedeemResponse]: ...
    @overload
    def ads_credit_redeem(
        self,
        ad_account_id: str,
        ads_credit_redeem_request: Union[AdsCreditRedeemRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[AdsCreditRedeemResponse]]: ...
    @overload
    def ads_credit_redeem(
        self,
        ad_account_id: str,
        ads_credit_redeem_request: Union[AdsCreditRedeemRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def ads_credit_redeem(
        self,
        ad_account_id: str,
        ads_credit_redeem_request: Union[AdsCreditRedeemRequest, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[AdsCreditRedeemResponse, ApiResponse[AdsCreditRedeemResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def ads_credit_redeem_with_http_info(
        self,
        ad_account_id: str,
        ads_credit_redeem_request: Union[AdsCreditRedeemRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[AdsCreditRedeemResponse]: ...
    @overload
    def ads_credit_redeem_with_http_info(
        self,
        ad_account_id: str,
        ads_credit_redeem_request: Union[AdsCreditRedeemRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def ads_credit_redeem_with_http_info(
        self,
        ad_account_id: str,
        ads_credit_redeem_request: Union[AdsCreditRedeemRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[AdsCreditRedeemResponse]]: ...
    @overload
    def ads_credit_redeem_with_http_info(
        self,
        ad_account_id: str,
        ads_credit_redeem_request: Union[AdsCreditRedeemRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def ads_credit_redeem_with_http_info(
        self,
        ad_account_id: str,
        ads_credit_redeem_request: Union[AdsCreditRedeemRequest, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[AdsCreditRedeemResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def billing_profiles_get(
        self,
        ad_account_id: str,
        is_active: bool,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> BillingProfilesGetResponse: ...
    @overload
    def billing_profiles_get(
        self,
        ad_account_id: str,
        is_active: bool,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[BillingProfilesGetResponse]: ...
    @overload
    def billing_profiles_get(
        self,
        ad_account_id: str,
        is_active: bool,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def billing_profiles_get(
        self,
        ad_account_id: str,
        is_active: bool,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[BillingProfilesGetResponse]: ...
    @overload
    def billing_profiles_get(
        self,
        ad_account_id: str,
        is_active: bool,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[BillingProfilesGetResponse]]: ...
    @overload
    def billing_profiles_get(
        self,
        ad_account_id: str,
        is_active: bool,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def billing_profiles_get(
        self,
        ad_account_id: str,
        is_active: bool,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[BillingProfilesGetResponse, ApiResponse[BillingProfilesGetResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def billing_profiles_get_with_http_info(
        self,
        ad_account_id: str,
        is_active: bool,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[BillingProfilesGetResponse]: ...
    @overload
    def billing_profiles_get_with_http_info(
        self,
        ad_account_id: str,
        is_active: bool,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def billing_profiles_get_with_http_info(
        self,
        ad_account_id: str,
        is_active: bool,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[BillingProfilesGetResponse]]: ...
    @overload
    def billing_profiles_get_with_http_info(
        self,
        ad_account_id: str,
        is_active: bool,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def billing_profiles_get_with_http_info(
        self,
        ad_account_id: str,
        is_active: bool,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[BillingProfilesGetResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
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
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> BillingInvoicesGetResponse: ...
    @overload
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
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[BillingInvoicesGetResponse]: ...
    @overload
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
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
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
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[BillingInvoicesGetResponse]: ...
    @overload
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
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[BillingInvoicesGetResponse]]: ...
    @overload
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
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
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
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[BillingInvoicesGetResponse, ApiResponse[BillingInvoicesGetResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def billing_invoices_get_with_http_info(
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
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[BillingInvoicesGetResponse]: ...
    @overload
    def billing_invoices_get_with_http_info(
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
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def billing_invoices_get_with_http_info(
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
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[BillingInvoicesGetResponse]]: ...
    @overload
    def billing_invoices_get_with_http_info(
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
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def billing_invoices_get_with_http_info(
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
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[BillingInvoicesGetResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def billing_invoice_download_get(
        self,
        ad_account_id: str,
        billing_invoice_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> BillingInvoiceDownloadResponse: ...
    @overload
    def billing_invoice_download_get(
        self,
        ad_account_id: str,
        billing_invoice_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[BillingInvoiceDownloadResponse]: ...
    @overload
    def billing_invoice_download_get(
        self,
        ad_account_id: str,
        billing_invoice_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def billing_invoice_download_get(
        self,
        ad_account_id: str,
        billing_invoice_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[BillingInvoiceDownloadResponse]: ...
    @overload
    def billing_invoice_download_get(
        self,
        ad_account_id: str,
        billing_invoice_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[BillingInvoiceDownloadResponse]]: ...
    @overload
    def billing_invoice_download_get(
        self,
        ad_account_id: str,
        billing_invoice_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def billing_invoice_download_get(
        self,
        ad_account_id: str,
        billing_invoice_id: str,
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[
        BillingInvoiceDownloadResponse, ApiResponse[BillingInvoiceDownloadResponse], RawResponse, AsyncResult[Any]
    ]: ...
    @overload
    def billing_invoice_download_get_with_http_info(
        self,
        ad_account_id: str,
        billing_invoice_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[BillingInvoiceDownloadResponse]: ...
    @overload
    def billing_invoice_download_get_with_http_info(
        self,
        ad_account_id: str,
        billing_invoice_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def billing_invoice_download_get_with_http_info(
        self,
        ad_account_id: str,
        billing_invoice_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[BillingInvoiceDownloadResponse]]: ...
    @overload
    def billing_invoice_download_get_with_http_info(
        self,
        ad_account_id: str,
        billing_invoice_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def billing_invoice_download_get_with_http_info(
        self,
        ad_account_id: str,
        billing_invoice_id: str,
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[BillingInvoiceDownloadResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def ssio_accounts_get(
        self,
        ad_account_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> SSIOAccountResponse: ...
    @overload
    def ssio_accounts_get(
        self,
        ad_account_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[SSIOAccountResponse]: ...
    @overload
    def ssio_accounts_get(
        self,
        ad_account_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def ssio_accounts_get(
        self,
        ad_account_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[SSIOAccountResponse]: ...
    @overload
    def ssio_accounts_get(
        self,
        ad_account_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[SSIOAccountResponse]]: ...
    @overload
    def ssio_accounts_get(
        self,
        ad_account_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def ssio_accounts_get(
        self,
        ad_account_id: str,
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[SSIOAccountResponse, ApiResponse[SSIOAccountResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def ssio_accounts_get_with_http_info(
        self,
        ad_account_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[SSIOAccountResponse]: ...
    @overload
    def ssio_accounts_get_with_http_info(
        self,
        ad_account_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def ssio_accounts_get_with_http_info(
        self,
        ad_account_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[SSIOAccountResponse]]: ...
    @overload
    def ssio_accounts_get_with_http_info(
        self,
        ad_account_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def ssio_accounts_get_with_http_info(
        self,
        ad_account_id: str,
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[SSIOAccountResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def ssio_insertion_order_create(
        self,
        ad_account_id: str,
        ssio_create_insertion_order_request: Union[SSIOCreateInsertionOrderRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> SSIOCreateInsertionOrderResponse: ...
    @overload
    def ssio_insertion_order_create(
        self,
        ad_account_id: str,
        ssio_create_insertion_order_request: Union[SSIOCreateInsertionOrderRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[SSIOCreateInsertionOrderResponse]: ...
    @overload
    def ssio_insertion_order_create(
        self,
        ad_account_id: str,
        ssio_create_insertion_order_request: Union[SSIOCreateInsertionOrderRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def ssio_insertion_order_create(
        self,
        ad_account_id: str,
        ssio_create_insertion_order_request: Union[SSIOCreateInsertionOrderRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[SSIOCreateInsertionOrderResponse]: ...
    @overload
    def ssio_insertion_order_create(
        self,
        ad_account_id: str,
        ssio_create_insertion_order_request: Union[SSIOCreateInsertionOrderRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[SSIOCreateInsertionOrderResponse]]: ...
    @overload
    def ssio_insertion_order_create(
        self,
        ad_account_id: str,
        ssio_create_insertion_order_request: Union[SSIOCreateInsertionOrderRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def ssio_insertion_order_create(
        self,
        ad_account_id: str,
        ssio_create_insertion_order_request: Union[SSIOCreateInsertionOrderRequest, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[
        SSIOCreateInsertionOrderResponse, ApiResponse[SSIOCreateInsertionOrderResponse], RawResponse, AsyncResult[Any]
    ]: ...
    @overload
    def ssio_insertion_order_create_with_http_info(
        self,
        ad_account_id: str,
        ssio_create_insertion_order_request: Union[SSIOCreateInsertionOrderRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[SSIOCreateInsertionOrderResponse]: ...
    @overload
    def ssio_insertion_order_create_with_http_info(
        self,
        ad_account_id: str,
        ssio_create_insertion_order_request: Union[SSIOCreateInsertionOrderRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def ssio_insertion_order_create_with_http_info(
        self,
        ad_account_id: str,
        ssio_create_insertion_order_request: Union[SSIOCreateInsertionOrderRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[SSIOCreateInsertionOrderResponse]]: ...
    @overload
    def ssio_insertion_order_create_with_http_info(
        self,
        ad_account_id: str,
        ssio_create_insertion_order_request: Union[SSIOCreateInsertionOrderRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def ssio_insertion_order_create_with_http_info(
        self,
        ad_account_id: str,
        ssio_create_insertion_order_request: Union[SSIOCreateInsertionOrderRequest, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[SSIOCreateInsertionOrderResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def ssio_insertion_order_edit(
        self,
        ad_account_id: str,
        ssio_edit_insertion_order_request: Union[SSIOEditInsertionOrderRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> SSIOEditInsertionOrderResponse: ...
    @overload
    def ssio_insertion_order_edit(
        self,
        ad_account_id: str,
        ssio_edit_insertion_order_request: Union[SSIOEditInsertionOrderRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[SSIOEditInsertionOrderResponse]: ...
    @overload
    def ssio_insertion_order_edit(
        self,
        ad_account_id: str,
        ssio_edit_insertion_order_request: Union[SSIOEditInsertionOrderRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def ssio_insertion_order_edit(
        self,
        ad_account_id: str,
        ssio_edit_insertion_order_request: Union[SSIOEditInsertionOrderRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[SSIOEditInsertionOrderResponse]: ...
    @overload
    def ssio_insertion_order_edit(
        self,
        ad_account_id: str,
        ssio_edit_insertion_order_request: Union[SSIOEditInsertionOrderRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[SSIOEditInsertionOrderResponse]]: ...
    @overload
    def ssio_insertion_order_edit(
        self,
        ad_account_id: str,
        ssio_edit_insertion_order_request: Union[SSIOEditInsertionOrderRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def ssio_insertion_order_edit(
        self,
        ad_account_id: str,
        ssio_edit_insertion_order_request: Union[SSIOEditInsertionOrderRequest, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[
        SSIOEditInsertionOrderResponse, ApiResponse[SSIOEditInsertionOrderResponse], RawResponse, AsyncResult[Any]
    ]: ...
    @overload
    def ssio_insertion_order_edit_with_http_info(
        self,
        ad_account_id: str,
        ssio_edit_insertion_order_request: Union[SSIOEditInsertionOrderRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[SSIOEditInsertionOrderResponse]: ...
    @overload
    def ssio_insertion_order_edit_with_http_info(
        self,
        ad_account_id: str,
        ssio_edit_insertion_order_request: Union[SSIOEditInsertionOrderRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def ssio_insertion_order_edit_with_http_info(
        self,
        ad_account_id: str,
        ssio_edit_insertion_order_request: Union[SSIOEditInsertionOrderRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[SSIOEditInsertionOrderResponse]]: ...
    @overload
    def ssio_insertion_order_edit_with_http_info(
        self,
        ad_account_id: str,
        ssio_edit_insertion_order_request: Union[SSIOEditInsertionOrderRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def ssio_insertion_order_edit_with_http_info(
        self,
        ad_account_id: str,
        ssio_edit_insertion_order_request: Union[SSIOEditInsertionOrderRequest, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[SSIOEditInsertionOrderResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def ssio_insertion_orders_status_get_by_ad_account(
        self,
        ad_account_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> SsioInsertionOrdersStatusGetByAdAccountResponse: ...
    @overload
    def ssio_insertion_orders_status_get_by_ad_account(
        self,
        ad_account_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[SsioInsertionOrdersStatusGetByAdAccountResponse]: ...
    @overload
    def ssio_insertion_orders_status_get_by_ad_account(
        self,
        ad_account_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def ssio_insertion_orders_status_get_by_ad_account(
        self,
        ad_account_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[SsioInsertionOrdersStatusGetByAdAccountResponse]: ...
    @overload
    def ssio_insertion_orders_status_get_by_ad_account(
        self,
        ad_account_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[SsioInsertionOrdersStatusGetByAdAccountResponse]]: ...
    @overload
    def ssio_insertion_orders_status_get_by_ad_account(
        self,
        ad_account_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def ssio_insertion_orders_status_get_by_ad_account(
        self,
        ad_account_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[
        SsioInsertionOrdersStatusGetByAdAccountResponse,
        ApiResponse[SsioInsertionOrdersStatusGetByAdAccountResponse],
        RawResponse,
        AsyncResult[Any],
    ]: ...
    @overload
    def ssio_insertion_orders_status_get_by_ad_account_with_http_info(
        self,
        ad_account_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[SsioInsertionOrdersStatusGetByAdAccountResponse]: ...
    @overload
    def ssio_insertion_orders_status_get_by_ad_account_with_http_info(
        self,
        ad_account_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def ssio_insertion_orders_status_get_by_ad_account_with_http_info(
        self,
        ad_account_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[SsioInsertionOrdersStatusGetByAdAccountResponse]]: ...
    @overload
    def ssio_insertion_orders_status_get_by_ad_account_with_http_info(
        self,
        ad_account_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def ssio_insertion_orders_status_get_by_ad_account_with_http_info(
        self,
        ad_account_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[SsioInsertionOrdersStatusGetByAdAccountResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def ssio_insertion_orders_status_get_by_pin_order_id(
        self,
        ad_account_id: str,
        pin_order_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> SSIOInsertionOrderStatus: ...
    @overload
    def ssio_insertion_orders_status_get_by_pin_order_id(
        self,
        ad_account_id: str,
        pin_order_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[SSIOInsertionOrderStatus]: ...
    @overload
    def ssio_insertion_orders_status_get_by_pin_order_id(
        self,
        ad_account_id: str,
        pin_order_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def ssio_insertion_orders_status_get_by_pin_order_id(
        self,
        ad_account_id: str,
        pin_order_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[SSIOInsertionOrderStatus]: ...
    @overload
    def ssio_insertion_orders_status_get_by_pin_order_id(
        self,
        ad_account_id: str,
        pin_order_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[SSIOInsertionOrderStatus]]: ...
    @overload
    def ssio_insertion_orders_status_get_by_pin_order_id(
        self,
        ad_account_id: str,
        pin_order_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def ssio_insertion_orders_status_get_by_pin_order_id(
        self,
        ad_account_id: str,
        pin_order_id: str,
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[SSIOInsertionOrderStatus, ApiResponse[SSIOInsertionOrderStatus], RawResponse, AsyncResult[Any]]: ...
    @overload
    def ssio_insertion_orders_status_get_by_pin_order_id_with_http_info(
        self,
        ad_account_id: str,
        pin_order_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[SSIOInsertionOrderStatus]: ...
    @overload
    def ssio_insertion_orders_status_get_by_pin_order_id_with_http_info(
        self,
        ad_account_id: str,
        pin_order_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def ssio_insertion_orders_status_get_by_pin_order_id_with_http_info(
        self,
        ad_account_id: str,
        pin_order_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[SSIOInsertionOrderStatus]]: ...
    @overload
    def ssio_insertion_orders_status_get_by_pin_order_id_with_http_info(
        self,
        ad_account_id: str,
        pin_order_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def ssio_insertion_orders_status_get_by_pin_order_id_with_http_info(
        self,
        ad_account_id: str,
        pin_order_id: str,
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[SSIOInsertionOrderStatus], RawResponse, AsyncResult[Any]]: ...
    @overload
    def ssio_order_lines_get_by_ad_account(
        self,
        ad_account_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        pin_order_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> SsioOrderLinesGetByAdAccountResponse: ...
    @overload
    def ssio_order_lines_get_by_ad_account(
        self,
        ad_account_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        pin_order_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[SsioOrderLinesGetByAdAccountResponse]: ...
    @overload
    def ssio_order_lines_get_by_ad_account(
        self,
        ad_account_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        pin_order_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def ssio_order_lines_get_by_ad_account(
        self,
        ad_account_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        pin_order_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[SsioOrderLinesGetByAdAccountResponse]: ...
    @overload
    def ssio_order_lines_get_by_ad_account(
        self,
        ad_account_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        pin_order_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[SsioOrderLinesGetByAdAccountResponse]]: ...
    @overload
    def ssio_order_lines_get_by_ad_account(
        self,
        ad_account_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        pin_order_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def ssio_order_lines_get_by_ad_account(
        self,
        ad_account_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        pin_order_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[
        SsioOrderLinesGetByAdAccountResponse,
        ApiResponse[SsioOrderLinesGetByAdAccountResponse],
        RawResponse,
        AsyncResult[Any],
    ]: ...
    @overload
    def ssio_order_lines_get_by_ad_account_with_http_info(
        self,
        ad_account_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        pin_order_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[SsioOrderLinesGetByAdAccountResponse]: ...
    @overload
    def ssio_order_lines_get_by_ad_account_with_http_info(
        self,
        ad_account_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        pin_order_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def ssio_order_lines_get_by_ad_account_with_http_info(
        self,
        ad_account_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        pin_order_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[SsioOrderLinesGetByAdAccountResponse]]: ...
    @overload
    def ssio_order_lines_get_by_ad_account_with_http_info(
        self,
        ad_account_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        pin_order_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def ssio_order_lines_get_by_ad_account_with_http_info(
        self,
        ad_account_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        pin_order_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[SsioOrderLinesGetByAdAccountResponse], RawResponse, AsyncResult[Any]]: ...
