# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""KeywordsApi: View, create or update keywords."""

from typing import Any, Dict, List, Literal, Optional, Union, overload

from typing_extensions import Unpack

from pinterest_client._operations import ApiBase, Operation
from pinterest_client.api_client import ApiResponse, AsyncResult, RawResponse, RequestOptions
from pinterest_client.model.keyword_update_body import KeywordUpdateBody
from pinterest_client.model.keywords_get_response import KeywordsGetResponse
from pinterest_client.model.keywords_metrics_array_response import KeywordsMetricsArrayResponse
from pinterest_client.model.keywords_request import KeywordsRequest
from pinterest_client.model.keywords_response import KeywordsResponse
from pinterest_client.model.match_type import MatchType, MatchTypeValue
from pinterest_client.model.trend_type import TrendType, TrendTypeValue
from pinterest_client.model.trending_keywords_response import TrendingKeywordsResponse
from pinterest_client.model.trends_supported_region import TrendsSupportedRegion, TrendsSupportedRegionValue

_KEYWORDS_GET: Operation
_KEYWORDS_CREATE: Operation
_KEYWORDS_UPDATE: Operation
_COUNTRY_KEYWORDS_METRICS_GET: Operation
_TRENDING_KEYWORDS_LIST: Operation

class KeywordsApi(ApiBase):
    """View, create or update keywords."""
    @overload
    def keywords_get(
        self,
        ad_account_id: str,
        *,
        campaign_id: Optional[str] = None,
        ad_group_id: Optional[str] = None,
        ad_group_ids: Optional[List[str]] = None,
        match_types: Optional[List[Union[MatchType, MatchTypeValue]]] = None,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> KeywordsGetResponse: ...
    @overload
    def keywords_get(
        self,
        ad_account_id: str,
        *,
        campaign_id: Optional[str] = None,
        ad_group_id: Optional[str] = None,
        ad_group_ids: Optional[List[str]] = None,
        match_types: Optional[List[Union[MatchType, MatchTypeValue]]] = None,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[KeywordsGetResponse]: ...
    @overload
    def keywords_get(
        self,
        ad_account_id: str,
        *,
        campaign_id: Optional[str] = None,
        ad_group_id: Optional[str] = None,
        ad_group_ids: Optional[List[str]] = None,
        match_types: Optional[List[Union[MatchType, MatchTypeValue]]] = None,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def keywords_get(
        self,
        ad_account_id: str,
        *,
        campaign_id: Optional[str] = None,
        ad_group_id: Optional[str] = None,
        ad_group_ids: Optional[List[str]] = None,
        match_types: Optional[List[Union[MatchType, MatchTypeValue]]] = None,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[KeywordsGetResponse]: ...
    @overload
    def keywords_get(
        self,
        ad_account_id: str,
        *,
        campaign_id: Optional[str] = None,
        ad_group_id: Optional[str] = None,
        ad_group_ids: Optional[List[str]] = None,
        match_types: Optional[List[Union[MatchType, MatchTypeValue]]] = None,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[KeywordsGetResponse]]: ...
    @overload
    def keywords_get(
        self,
        ad_account_id: str,
        *,
        campaign_id: Optional[str] = None,
        ad_group_id: Optional[str] = None,
        ad_group_ids: Optional[List[str]] = None,
        match_types: Optional[List[Union[MatchType, MatchTypeValue]]] = None,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def keywords_get(
        self,
        ad_account_id: str,
        *,
        campaign_id: Optional[str] = None,
        ad_group_id: Optional[str] = None,
        ad_group_ids: Optional[List[str]] = None,
        match_types: Optional[List[Union[MatchType, MatchTypeValue]]] = None,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[KeywordsGetResponse, ApiResponse[KeywordsGetResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def keywords_get_with_http_info(
        self,
        ad_account_id: str,
        *,
        campaign_id: Optional[str] = None,
        ad_group_id: Optional[str] = None,
        ad_group_ids: Optional[List[str]] = None,
        match_types: Optional[List[Union[MatchType, MatchTypeValue]]] = None,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[KeywordsGetResponse]: ...
    @overload
    def keywords_get_with_http_info(
        self,
        ad_account_id: str,
        *,
        campaign_id: Optional[str] = None,
        ad_group_id: Optional[str] = None,
        ad_group_ids: Optional[List[str]] = None,
        match_types: Optional[List[Union[MatchType, MatchTypeValue]]] = None,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def keywords_get_with_http_info(
        self,
        ad_account_id: str,
        *,
        campaign_id: Optional[str] = None,
        ad_group_id: Optional[str] = None,
        ad_group_ids: Optional[List[str]] = None,
        match_types: Optional[List[Union[MatchType, MatchTypeValue]]] = None,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[KeywordsGetResponse]]: ...
    @overload
    def keywords_get_with_http_info(
        self,
        ad_account_id: str,
        *,
        campaign_id: Optional[str] = None,
        ad_group_id: Optional[str] = None,
        ad_group_ids: Optional[List[str]] = None,
        match_types: Optional[List[Union[MatchType, MatchTypeValue]]] = None,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def keywords_get_with_http_info(
        self,
        ad_account_id: str,
        *,
        campaign_id: Optional[str] = None,
        ad_group_id: Optional[str] = None,
        ad_group_ids: Optional[List[str]] = None,
        match_types: Optional[List[Union[MatchType, MatchTypeValue]]] = None,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[KeywordsGetResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def keywords_create(
        self,
        ad_account_id: str,
        keywords_request: Union[KeywordsRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> KeywordsResponse: ...
    @overload
    def keywords_create(
        self,
        ad_account_id: str,
        keywords_request: Union[KeywordsRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[KeywordsResponse]: ...
    @overload
    def keywords_create(
        self,
        ad_account_id: str,
        keywords_request: Union[KeywordsRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def keywords_create(
        self,
        ad_account_id: str,
        keywords_request: Union[KeywordsRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[KeywordsResponse]: ...
    @overload
    def keywords_create(
        self,
        ad_account_id: str,
        keywords_request: Union[KeywordsRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[KeywordsResponse]]: ...
    @overload
    def keywords_create(
        self,
        ad_account_id: str,
        keywords_request: Union[KeywordsRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def keywords_create(
        self,
        ad_account_id: str,
        keywords_request: Union[KeywordsRequest, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[KeywordsResponse, ApiResponse[KeywordsResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def keywords_create_with_http_info(
        self,
        ad_account_id: str,
        keywords_request: Union[KeywordsRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[KeywordsResponse]: ...
    @overload
    def keywords_create_with_http_info(
        self,
        ad_account_id: str,
        keywords_request: Union[KeywordsRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def keywords_create_with_http_info(
        self,
        ad_account_id: str,
        keywords_request: Union[KeywordsRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[KeywordsResponse]]: ...
    @overload
    def keywords_create_with_http_info(
        self,
        ad_account_id: str,
        keywords_request: Union[KeywordsRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def keywords_create_with_http_info(
        self,
        ad_account_id: str,
        keywords_request: Union[KeywordsRequest, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[KeywordsResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def keywords_update(
        self,
        ad_account_id: str,
        keyword_update_body: Union[KeywordUpdateBody, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> KeywordsResponse: ...
    @overload
    def keywords_update(
        self,
        ad_account_id: str,
        keyword_update_body: Union[KeywordUpdateBody, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[KeywordsResponse]: ...
    @overload
    def keywords_update(
        self,
        ad_account_id: str,
        keyword_update_body: Union[KeywordUpdateBody, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def keywords_update(
        self,
        ad_account_id: str,
        keyword_update_body: Union[KeywordUpdateBody, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[KeywordsResponse]: ...
    @overload
    def keywords_update(
        self,
        ad_account_id: str,
        keyword_update_body: Union[KeywordUpdateBody, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[KeywordsResponse]]: ...
    @overload
    def keywords_update(
        self,
        ad_account_id: str,
        keyword_update_body: Union[KeywordUpdateBody, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def keywords_update(
        self,
        ad_account_id: str,
        keyword_update_body: Union[KeywordUpdateBody, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[KeywordsResponse, ApiResponse[KeywordsResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def keywords_update_with_http_info(
        self,
        ad_account_id: str,
        keyword_update_body: Union[KeywordUpdateBody, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[KeywordsResponse]: ...
    @overload
    def keywords_update_with_http_info(
        self,
        ad_account_id: str,
        keyword_update_body: Union[KeywordUpdateBody, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def keywords_update_with_http_info(
        self,
        ad_account_id: str,
        keyword_update_body: Union[KeywordUpdateBody, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[KeywordsResponse]]: ...
    @overload
    def keywords_update_with_http_info(
        self,
        ad_account_id: str,
        keyword_update_body: Union[KeywordUpdateBody, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def keywords_update_with_http_info(
        self,
        ad_account_id: str,
        keyword_update_body: Union[KeywordUpdateBody, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[KeywordsResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def country_keywords_metrics_get(
        self,
        ad_account_id: str,
        country_code: str,
        keywords: List[str],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> KeywordsMetricsArrayResponse: ...
    @overload
    def country_keywords_metrics_get(
        self,
        ad_account_id: str,
        country_code: str,
        keywords: List[str],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[KeywordsMetricsArrayResponse]: ...
    @overload
    def country_keywords_metrics_get(
        self,
        ad_account_id: str,
        country_code: str,
        keywords: List[str],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def country_keywords_metrics_get(
        self,
        ad_account_id: str,
        country_code: str,
        keywords: List[str],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[KeywordsMetricsArrayResponse]: ...
    @overload
    def country_keywords_metrics_get(
        self,
        ad_account_id: str,
        country_code: str,
        keywords: List[str],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[KeywordsMetricsArrayResponse]]: ...
    @overload
    def country_keywords_metrics_get(
        self,
        ad_account_id: str,
        country_code: str,
        keywords: List[str],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def country_keywords_metrics_get(
        self,
        ad_account_id: str,
        country_code: str,
        keywords: List[str],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[
        KeywordsMetricsArrayResponse, ApiResponse[KeywordsMetricsArrayResponse], RawResponse, AsyncResult[Any]
    ]: ...
    @overload
    def country_keywords_metrics_get_with_http_info(
        self,
        ad_account_id: str,
        country_code: str,
        keywords: List[str],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[KeywordsMetricsArrayResponse]: ...
    @overload
    def country_keywords_metrics_get_with_http_info(
        self,
        ad_account_id: str,
        country_code: str,
        keywords: List[str],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def country_keywords_metrics_get_with_http_info(
        self,
        ad_account_id: str,
        country_code: str,
        keywords: List[str],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[KeywordsMetricsArrayResponse]]: ...
    @overload
    def country_keywords_metrics_get_with_http_info(
        self,
        ad_account_id: str,
        country_code: str,
        keywords: List[str],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def country_keywords_metrics_get_with_http_info(
        self,
        ad_account_id: str,
        country_code: str,
        keywords: List[str],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[KeywordsMetricsArrayResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def trending_keywords_list(
        self,
        region: Union[TrendsSupportedRegion, TrendsSupportedRegionValue],
        trend_type: Union[TrendType, TrendTypeValue],
        *,
        interests: Optional[List[str]] = None,
        genders: Optional[List[str]] = None,
        ages: Optional[List[str]] = None,
        include_keywords: Optional[List[str]] = None,
        normalize_against_group: Optional[bool] = None,
        limit: Optional[int] = None,
        include_prediction: Optional[bool] = None,
        include_demographics: Optional[bool] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> TrendingKeywordsResponse: ...
    @overload
    def trending_keywords_list(
        self,
        region: Union[TrendsSupportedRegion, TrendsSupportedRegionValue],
        trend_type: Union[TrendType, TrendTypeValue],
        *,
        interests: Optional[List[str]] = None,
        genders: Optional[List[str]] = None,
        ages: Optional[List[str]] = None,
        include_keywords: Optional[List[str]] = None,
        normalize_against_group: Optional[bool] = None,
        limit: Optional[int] = None,
        include_prediction: Optional[bool] = None,
        include_demographics: Optional[bool] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[TrendingKeywordsResponse]: ...
    @overload
    def trending_keywords_list(
        self,
        region: Union[TrendsSupportedRegion, TrendsSupportedRegionValue],
        trend_type: Union[TrendType, TrendTypeValue],
        *,
        interests: Optional[List[str]] = None,
        genders: Optional[List[str]] = None,
        ages: Optional[List[str]] = None,
        include_keywords: Optional[List[str]] = None,
        normalize_against_group: Optional[bool] = None,
        limit: Optional[int] = None,
        include_prediction: Optional[bool] = None,
        include_demographics: Optional[bool] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def trending_keywords_list(
        self,
        region: Union[TrendsSupportedRegion, TrendsSupportedRegionValue],
        trend_type: Union[TrendType, TrendTypeValue],
        *,
        interests: Optional[List[str]] = None,
        genders: Optional[List[str]] = None,
        ages: Optional[List[str]] = None,
        include_keywords: Optional[List[str]] = None,
        normalize_against_group: Optional[bool] = None,
        limit: Optional[int] = None,
        include_prediction: Optional[bool] = None,
        include_demographics: Optional[bool] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[TrendingKeywordsResponse]: ...
    @overload
    def trending_keywords_list(
        self,
        region: Union[TrendsSupportedRegion, TrendsSupportedRegionValue],
        trend_type: Union[TrendType, TrendTypeValue],
        *,
        interests: Optional[List[str]] = None,
        genders: Optional[List[str]] = None,
        ages: Optional[List[str]] = None,
        include_keywords: Optional[List[str]] = None,
        normalize_against_group: Optional[bool] = None,
        limit: Optional[int] = None,
        include_prediction: Optional[bool] = None,
        include_demographics: Optional[bool] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[TrendingKeywordsResponse]]: ...
    @overload
    def trending_keywords_list(
        self,
        region: Union[TrendsSupportedRegion, TrendsSupportedRegionValue],
        trend_type: Union[TrendType, TrendTypeValue],
        *,
        interests: Optional[List[str]] = None,
        genders: Optional[List[str]] = None,
        ages: Optional[List[str]] = None,
        include_keywords: Optional[List[str]] = None,
        normalize_against_group: Optional[bool] = None,
        limit: Optional[int] = None,
        include_prediction: Optional[bool] = None,
        include_demographics: Optional[bool] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def trending_keywords_list(
        self,
        region: Union[TrendsSupportedRegion, TrendsSupportedRegionValue],
        trend_type: Union[TrendType, TrendTypeValue],
        *,
        interests: Optional[List[str]] = None,
        genders: Optional[List[str]] = None,
        ages: Optional[List[str]] = None,
        include_keywords: Optional[List[str]] = None,
        normalize_against_group: Optional[bool] = None,
        limit: Optional[int] = None,
        include_prediction: Optional[bool] = None,
        include_demographics: Optional[bool] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[TrendingKeywordsResponse, ApiResponse[TrendingKeywordsResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def trending_keywords_list_with_http_info(
        self,
        region: Union[TrendsSupportedRegion, TrendsSupportedRegionValue],
        trend_type: Union[TrendType, TrendTypeValue],
        *,
        interests: Optional[List[str]] = None,
        genders: Optional[List[str]] = None,
        ages: Optional[List[str]] = None,
        include_keywords: Optional[List[str]] = None,
        normalize_against_group: Optional[bool] = None,
        limit: Optional[int] = None,
        include_prediction: Optional[bool] = None,
        include_demographics: Optional[bool] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[TrendingKeywordsResponse]: ...
    @overload
    def trending_keywords_list_with_http_info(
        self,
        region: Union[TrendsSupportedRegion, TrendsSupportedRegionValue],
        trend_type: Union[TrendType, TrendTypeValue],
        *,
        interests: Optional[List[str]] = None,
        genders: Optional[List[str]] = None,
        ages: Optional[List[str]] = None,
        include_keywords: Optional[List[str]] = None,
        normalize_against_group: Optional[bool] = None,
        limit: Optional[int] = None,
        include_prediction: Optional[bool] = None,
        include_demographics: Optional[bool] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def trending_keywords_list_with_http_info(
        self,
        region: Union[TrendsSupportedRegion, TrendsSupportedRegionValue],
        trend_type: Union[TrendType, TrendTypeValue],
        *,
        interests: Optional[List[str]] = None,
        genders: Optional[List[str]] = None,
        ages: Optional[List[str]] = None,
        include_keywords: Optional[List[str]] = None,
        normalize_against_group: Optional[bool] = None,
        limit: Optional[int] = None,
        include_prediction: Optional[bool] = None,
        include_demographics: Optional[bool] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[TrendingKeywordsResponse]]: ...
    @overload
    def trending_keywords_list_with_http_info(
        self,
        region: Union[TrendsSupportedRegion, TrendsSupportedRegionValue],
        trend_type: Union[TrendType, TrendTypeValue],
        *,
        interests: Optional[List[str]] = None,
        genders: Optional[List[str]] = None,
        ages: Optional[List[str]] = None,
        include_keywords: Optional[List[str]] = None,
        normalize_against_group: Optional[bool] = None,
        limit: Optional[int] = None,
        include_prediction: Optional[bool] = None,
        include_demographics: Optional[bool] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def trending_keywords_list_with_http_info(
        self,
        region: Union[TrendsSupportedRegion, TrendsSupportedRegionValue],
        trend_type: Union[TrendType, TrendTypeValue],
        *,
        interests: Optional[List[str]] = None,
        genders: Optional[List[str]] = None,
        ages: Optional[List[str]] = None,
        include_keywords: Optional[List[str]] = None,
        normalize_against_group: Optional[bool] = None,
        limit: Optional[int] = None,
        include_prediction: Optional[bool] = None,
        include_demographics: Optional[bool] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[TrendingKeywordsResponse], RawResponse, AsyncResult[Any]]: ...
