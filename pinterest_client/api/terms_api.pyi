# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""TermsApi: View related and suggested terms for ads targeting."""

from typing import Any, List, Literal, Optional, Union, overload

from typing_extensions import Unpack

from pinterest_client._operations import ApiBase, Operation
from pinterest_client.api_client import ApiResponse, AsyncResult, RawResponse, RequestOptions
from pinterest_client.model.related_terms import RelatedTerms

_TERMS_RELATED_LIST: Operation
_TERMS_SUGGESTED_LIST: Operation

class TermsApi(ApiBase):
    """View related and suggested terms for ads targeting."""
    @overload
    def terms_related_list(
        self,
        terms: List[str],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> RelatedTerms: ...
    @overload
    def terms_related_list(
        self,
        terms: List[str],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[RelatedTerms]: ...
    @overload
    def terms_related_list(
        self,
        terms: List[str],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def terms_related_list(
        self,
        terms: List[str],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RelatedTerms]: ...
    @overload
    def terms_related_list(
        self,
        terms: List[str],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[RelatedTerms]]: ...
    @overload
    def terms_related_list(
        self,
        terms: List[str],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def terms_related_list(
        self,
        terms: List[str],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[RelatedTerms, ApiResponse[RelatedTerms], RawResponse, AsyncResult[Any]]: ...
    @overload
    def terms_related_list_with_http_info(
        self,
        terms: List[str],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[RelatedTerms]: ...
    @overload
    def terms_related_list_with_http_info(
        self,
        terms: List[str],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def terms_related_list_with_http_info(
        self,
        terms: List[str],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[RelatedTerms]]: ...
    @overload
    def terms_related_list_with_http_info(
        self,
        terms: List[str],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def terms_related_list_with_http_info(
        self,
        terms: List[str],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[RelatedTerms], RawResponse, AsyncResult[Any]]: ...
    @overload
    def terms_suggested_list(
        self,
        term: str,
        *,
        limit: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> List[str]: ...
    @overload
    def terms_suggested_list(
        self,
        term: str,
        *,
        limit: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[List[str]]: ...
    @overload
    def terms_suggested_list(
        self,
        term: str,
        *,
        limit: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def terms_suggested_list(
        self,
        term: str,
        *,
        limit: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[List[str]]: ...
    @overload
    def terms_suggested_list(
        self,
        term: str,
        *,
        limit: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[List[str]]]: ...
    @overload
    def terms_suggested_list(
        self,
        term: str,
        *,
        limit: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def terms_suggested_list(
        self,
        term: str,
        *,
        limit: Optional[int] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[List[str], ApiResponse[List[str]], RawResponse, AsyncResult[Any]]: ...
    @overload
    def terms_suggested_list_with_http_info(
        self,
        term: str,
        *,
        limit: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[List[str]]: ...
    @overload
    def terms_suggested_list_with_http_info(
        self,
        term: str,
        *,
        limit: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def terms_suggested_list_with_http_info(
        self,
        term: str,
        *,
        limit: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[List[str]]]: ...
    @overload
    def terms_suggested_list_with_http_info(
        self,
        term: str,
        *,
        limit: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def terms_suggested_list_with_http_info(
        self,
        term: str,
        *,
        limit: Optional[int] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[List[str]], RawResponse, AsyncResult[Any]]: ...
