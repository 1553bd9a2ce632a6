# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""AdvancedAuctionApi: View, create, or update advanced auction item bid options."""

from typing import Any, Dict, Literal, Optional, Union, overload

from typing_extensions import Unpack

from pinterest_client._operations import ApiBase, Operation
from pinterest_client.api_client import ApiResponse, AsyncResult, RawResponse, RequestOptions
from pinterest_client.model.advanced_auction_items import AdvancedAuctionItems
from pinterest_client.model.advanced_auction_items_get_request import AdvancedAuctionItemsGetRequest
from pinterest_client.model.advanced_auction_items_submit_request import AdvancedAuctionItemsSubmitRequest
from pinterest_client.model.advanced_auction_processed_items import AdvancedAuctionProcessedItems

_ADVANCED_AUCTION_ITEMS_GET_POST: Operation
_ADVANCED_AUCTION_ITEMS_SUBMIT_POST: Operation

class AdvancedAuctionApi(ApiBase):
    """View, create, or update advanced auction item bid options."""
    @overload
    def advanced_auction_items_get_post(
        self,
        advanced_auction_items_get_request: Union[AdvancedAuctionItemsGetRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AdvancedAuctionItems: ...
    @overload
    def advanced_auction_items_get_post(
        self,
        advanced_auction_items_get_request: Union[AdvancedAuctionItemsGetRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[AdvancedAuctionItems]: ...
    @overload
    def advanced_auction_items_get_post(
        self,
        advanced_auction_items_get_request: Union[AdvancedAuctionItemsGetRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def advanced_auction_items_get_post(
        self,
        advanced_auction_items_get_request: Union[AdvancedAuctionItemsGetRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[AdvancedAuctionItems]: ...
    @overload
    def advanced_auction_items_get_post(
        self,
        advanced_auction_items_get_request: Union[AdvancedAuctionItemsGetRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[AdvancedAuctionItems]]: ...
    @overload
    def advanced_auction_items_get_post(
        self,
        advanced_auction_items_get_request: Union[AdvancedAuctionItemsGetRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def advanced_auction_items_get_post(
        self,
        advanced_auction_items_get_request: Union[AdvancedAuctionItemsGetRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[AdvancedAuctionItems, ApiResponse[AdvancedAuctionItems], RawResponse, AsyncResult[Any]]: ...
    @overload
    def advanced_auction_items_get_post_with_http_info(
        self,
        advanced_auction_items_get_request: Union[AdvancedAuctionItemsGetRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[AdvancedAuctionItems]: ...
    @overload
    def advanced_auction_items_get_post_with_http_info(
        self,
        advanced_auction_items_get_request: Union[AdvancedAuctionItemsGetRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def advanced_auction_items_get_post_with_http_info(
        self,
        advanced_auction_items_get_request: Union[AdvancedAuctionItemsGetRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[AdvancedAuctionItems]]: ...
    @overload
    def advanced_auction_items_get_post_with_http_info(
        self,
        advanced_auction_items_get_request: Union[AdvancedAuctionItemsGetRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def advanced_auction_items_get_post_with_http_info(
        self,
        advanced_auction_items_get_request: Union[AdvancedAuctionItemsGetRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[AdvancedAuctionItems], RawResponse, AsyncResult[Any]]: ...
    @overload
    def advanced_auction_items_submit_post(
        self,
        advanced_auction_items_submit_request: Union[AdvancedAuctionItemsSubmitRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AdvancedAuctionProcessedItems: ...
    @overload
    def advanced_auction_items_submit_post(
        self,
        advanced_auction_items_submit_request: Union[AdvancedAuctionItemsSubmitRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[AdvancedAuctionProcessedItems]: ...
    @overload
    def advanced_auction_items_submit_post(
        self,
        advanced_auction_items_submit_request: Union[AdvancedAuctionItemsSubmitRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def advanced_auction_items_submit_post(
        self,
        advanced_auction_items_submit_request: Union[AdvancedAuctionItemsSubmitRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[AdvancedAuctionProcessedItems]: ...
    @overload
    def advanced_auction_items_submit_post(
        self,
        advanced_auction_items_submit_request: Union[AdvancedAuctionItemsSubmitRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[AdvancedAuctionProcessedItems]]: ...
    @overload
    def advanced_auction_items_submit_post(
        self,
        advanced_auction_items_submit_request: Union[AdvancedAuctionItemsSubmitRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def advanced_auction_items_submit_post(
        self,
        advanced_auction_items_submit_request: Union[AdvancedAuctionItemsSubmitRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[
        AdvancedAuctionProcessedItems, ApiResponse[AdvancedAuctionProcessedItems], RawResponse, AsyncResult[Any]
    ]: ...
    @overload
    def advanced_auction_items_submit_post_with_http_info(
        self,
        advanced_auction_items_submit_request: Union[AdvancedAuctionItemsSubmitRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[AdvancedAuctionProcessedItems]: ...
    @overload
    def advanced_auction_items_submit_post_with_http_info(
        self,
        advanced_auction_items_submit_request: Union[AdvancedAuctionItemsSubmitRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def advanced_auction_items_submit_post_with_http_info(
        self,
        advanced_auction_items_submit_request: Union[AdvancedAuctionItemsSubmitRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[AdvancedAuctionProcessedItems]]: ...
    @overload
    def advanced_auction_items_submit_post_with_http_info(
        self,
        advanced_auction_items_submit_request: Union[AdvancedAuctionItemsSubmitRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def advanced_auction_items_submit_post_with_http_info(
        self,
        advanced_auction_items_submit_request: Union[AdvancedAuctionItemsSubmitRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[AdvancedAuctionProcessedItems], RawResponse, AsyncResult[Any]]: ...
