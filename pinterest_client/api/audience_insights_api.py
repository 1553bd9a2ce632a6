# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""AudienceInsightsApi: View audience insights."""

from __future__ import annotations

from pinterest_client._operations import ApiBase, Operation, Param, WithHttpInfo, calls
from pinterest_client._types import TYPE_CHECKING
from pinterest_client.legacy_calls import removed

if TYPE_CHECKING:
    from typing import Any, NoReturn, Union

    from typing_extensions import Unpack

    from pinterest_client.api_client import CallOptions
    from pinterest_client.model.audience_definition_response import AudienceDefinitionResponse
    from pinterest_client.model.audience_insight_type import AudienceInsightType
    from pinterest_client.model.audience_insights_response import AudienceInsightsResponse


_AUDIENCE_INSIGHTS_GET = Operation(
    "audience_insights/get",
    "GET",
    "/ad_accounts/{ad_account_id}/audience_insights",
    params=(
        Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),
        Param("audience_insight_type", "query", "AudienceInsightType", required=True, explode=False),
    ),
    responses={"200": "AudienceInsightsResponse"},
    security=("pinterest_oauth2", "client_credentials"),
    rate_limit_category="ads_read",
)


_AUDIENCE_INSIGHTS_SCOPE_AND_TYPE_GET = Operation(
    "audience_insights_scope_and_type/get",
    "GET",
    "/ad_accounts/{ad_account_id}/insights/audiences",
    params=(Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),),
    responses={"200": "AudienceDefinitionResponse"},
    security=("pinterest_oauth2", "client_credentials"),
    rate_limit_category="ads_read",
)


class AudienceInsightsApi(ApiBase):
    """View audience insights."""

    @calls(_AUDIENCE_INSIGHTS_GET)
    def audience_insights_get(
        self,
        ad_account_id: str,
        audience_insight_type: Union[AudienceInsightType, str],
        **options: Unpack[CallOptions],
    ) -> AudienceInsightsResponse:
        """Get audience insights (``GET /ad_accounts/{ad_account_id}/audience_insights``)

        Get Audience Insights for an ad account. The response will return insights for 3 types of audiences: the
        ad account's engaged audience on Pinterest, the ad account's total audience on Pinterest and Pinterest's
        total audience.

        [Learn more about Audience Insights](https://help.pinterest.com/en/business/article/audience-insights).

        :param ad_account_id: Unique identifier of an ad account.
        :param audience_insight_type: Type of audience insights.
        :returns: AudienceInsightsResponse
        """
        return self.api_client.call(
            _AUDIENCE_INSIGHTS_GET, options, ad_account_id=ad_account_id, audience_insight_type=audience_insight_type
        )

    audience_insights_get_with_http_info = WithHttpInfo("audience_insights_get")

    @calls(_AUDIENCE_INSIGHTS_SCOPE_AND_TYPE_GET)
    def audience_insights_scope_and_type_get(
        self,
        ad_account_id: str,
        **options: Unpack[CallOptions],
    ) -> AudienceDefinitionResponse:
        """Get audience insights scope and type (``GET /ad_accounts/{ad_account_id}/insights/audiences``)

        Get the scope and type of available audiences, which along with a date, is an audience that has recently had
        an interaction (referred to here as a type) on pins. Interacted pins can belong to at least the most common
        **partner** or **Pinterest** scopes. This means that user interactions made on advertiser or partner pins
        will have the **partner** scope. You can also have user interactions performed in general on Pinterest with
        the **Pinterest** scope. In that case, you can then use the returned type and scope values together on
        requests to other endpoints to retrieve insight metrics for a desired audience.

        :param ad_account_id: Unique identifier of an ad account.
        :returns: AudienceDefinitionResponse
        """
        return self.api_client.call(_AUDIENCE_INSIGHTS_SCOPE_AND_TYPE_GET, options, ad_account_id=ad_account_id)

    audience_insights_scope_and_type_get_with_http_info = WithHttpInfo("audience_insights_scope_and_type_get")

    # Methods of the original client whose operation Pinterest has since removed.
    def audiences_insights_category_list(self, *args: Any, **kwargs: Any) -> NoReturn:
        """Removed: Pinterest's API no longer has this operation of the original client; calling it raises
        ``OperationRemovedError`` (an ``ApiException``) before sending anything. Use
        AudienceInsightsApi.audience_insights_get(ad_account_id).
        """
        removed("audiences_insights_category_list", "AudienceInsightsApi.audience_insights_get(ad_account_id)")
