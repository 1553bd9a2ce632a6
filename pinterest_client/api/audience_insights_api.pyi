# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""AudienceInsightsApi: View audience insights."""

from typing import Any, Literal, NoReturn, Union, overload

from typing_extensions import Unpack

from pinterest_client._operations import ApiBase, Operation
from pinterest_client.api_client import ApiResponse, AsyncResult, RawResponse, RequestOptions
from pinterest_client.model.audience_definition_response import AudienceDefinitionResponse
from pinterest_client.model.audience_insight_type import AudienceInsightType, AudienceInsightTypeValue
from pinterest_client.model.audience_insights_response import AudienceInsightsResponse

_AUDIENCE_INSIGHTS_GET: Operation
_AUDIENCE_INSIGHTS_SCOPE_AND_TYPE_GET: Operation

class AudienceInsightsApi(ApiBase):
    """View audience insights."""
    @overload
    def audience_insights_get(
        self,
        ad_account_id: str,
        audience_insight_type: Union[AudienceInsightType, AudienceInsightTypeValue],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AudienceInsightsResponse: ...
    @overload
    def audience_insights_get(
        self,
        ad_account_id: str,
        audience_insight_type: Union[AudienceInsightType, AudienceInsightTypeValue],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[AudienceInsightsResponse]: ...
    @overload
    def audience_insights_get(
        self,
        ad_account_id: str,
        audience_insight_type: Union[AudienceInsightType, AudienceInsightTypeValue],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def audience_insights_get(
        self,
        ad_account_id: str,
        audience_insight_type: Union[AudienceInsightType, AudienceInsightTypeValue],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[AudienceInsightsResponse]: ...
    @overload
    def audience_insights_get(
        self,
        ad_account_id: str,
        audience_insight_type: Union[AudienceInsightType, AudienceInsightTypeValue],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[AudienceInsightsResponse]]: ...
    @overload
    def audience_insights_get(
        self,
        ad_account_id: str,
        audience_insight_type: Union[AudienceInsightType, AudienceInsightTypeValue],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def audience_insights_get(
        self,
        ad_account_id: str,
        audience_insight_type: Union[AudienceInsightType, AudienceInsightTypeValue],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[AudienceInsightsResponse, ApiResponse[AudienceInsightsResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def audience_insights_get_with_http_info(
        self,
        ad_account_id: str,
        audience_insight_type: Union[AudienceInsightType, AudienceInsightTypeValue],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[AudienceInsightsResponse]: ...
    @overload
    def audience_insights_get_with_http_info(
        self,
        ad_account_id: str,
        audience_insight_type: Union[AudienceInsightType, AudienceInsightTypeValue],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def audience_insights_get_with_http_info(
        self,
        ad_account_id: str,
        audience_insight_type: Union[AudienceInsightType, AudienceInsightTypeValue],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[AudienceInsightsResponse]]: ...
    @overload
    def audience_insights_get_with_http_info(
        self,
        ad_account_id: str,
        audience_insight_type: Union[AudienceInsightType, AudienceInsightTypeValue],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def audience_insights_get_with_http_info(
        self,
        ad_account_id: str,
        audience_insight_type: Union[AudienceInsightType, AudienceInsightTypeValue],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[AudienceInsightsResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def audience_insights_scope_and_type_get(
        self,
        ad_account_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AudienceDefinitionResponse: ...
    @overload
    def audience_insights_scope_and_type_get(
        self,
        ad_account_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[AudienceDefinitionResponse]: ...
    @overload
    def audience_insights_scope_and_type_get(
        self,
        ad_account_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def audience_insights_scope_and_type_get(
        self,
        ad_account_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[AudienceDefinitionResponse]: ...
    @overload
    def audience_insights_scope_and_type_get(
        self,
        ad_account_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[AudienceDefinitionResponse]]: ...
    @overload
    def audience_insights_scope_and_type_get(
        self,
        ad_account_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def audience_insights_scope_and_type_get(
        self,
        ad_account_id: str,
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[AudienceDefinitionResponse, ApiResponse[AudienceDefinitionResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def audience_insights_scope_and_type_get_with_http_info(
        self,
        ad_account_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[AudienceDefinitionResponse]: ...
    @overload
    def audience_insights_scope_and_type_get_with_http_info(
        self,
        ad_account_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def audience_insights_scope_and_type_get_with_http_info(
        self,
        ad_account_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[AudienceDefinitionResponse]]: ...
    @overload
    def audience_insights_scope_and_type_get_with_http_info(
        self,
        ad_account_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def audience_insights_scope_and_type_get_with_http_info(
        self,
        ad_account_id: str,
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[AudienceDefinitionResponse], RawResponse, AsyncResult[Any]]: ...
    def audiences_insights_category_list(self, *args: Any, **kwargs: Any) -> NoReturn: ...
