# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""ResourcesApi: View metadata about available metrics and targeting options in the Pinterest API."""

from __future__ import annotations

from pinterest_client._operations import ApiBase, Operation, Param, WithHttpInfo, calls
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any, Dict, List, Optional

    from typing_extensions import Unpack

    from pinterest_client.api_client import CallOptions
    from pinterest_client.model.ad_accounts_country_response import AdAccountsCountryResponse
    from pinterest_client.model.book_closed_response import BookClosedResponse
    from pinterest_client.model.delivery_metrics_response import DeliveryMetricsResponse
    from pinterest_client.model.single_interest_targeting_option_response import SingleInterestTargetingOptionResponse


_AD_ACCOUNT_COUNTRIES_GET = Operation(
    "ad_account_countries/get",
    "GET",
    "/resources/ad_account_countries",
    responses={"200": "AdAccountsCountryResponse"},
    security=("pinterest_oauth2", "client_credentials"),
    rate_limit_category="ads_read",
)


_DELIVERY_METRICS_GET = Operation(
    "delivery_metrics/get",
    "GET",
    "/resources/delivery_metrics",
    params=(Param("report_type", "query", "str", enum=("SYNC", "ASYNC")),),
    responses={"200": "DeliveryMetricsResponse"},
    security=("pinterest_oauth2", "client_credentials"),
    rate_limit_category="ads_read",
)


_LEAD_FORM_QUESTIONS_GET = Operation(
    "lead_form_questions/get",
    "GET",
    "/resources/lead_form_questions",
    responses={"200": None},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_read",
)


_METRICS_READY_STATE_GET = Operation(
    "metrics_ready_state/get",
    "GET",
    "/resources/metrics_ready_state",
    params=(Param("date", "query", "str", required=True, pattern="^(\\d{4})-(\\d{2})-(\\d{2})$"),),
    responses={"200": "BookClosedResponse"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_analytics",
)


_INTEREST_TARGETING_OPTIONS_GET = Operation(
    "interest_targeting_options/get",
    "GET",
    "/resources/targeting/interests/{interest_id}",
    params=(Param("interest_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),),
    responses={"200": "SingleInterestTargetingOptionResponse"},
    security=("pinterest_oauth2", "client_credentials"),
    rate_limit_category="ads_read",
)


_TARGETING_OPTIONS_GET = Operation(
    "targeting_options/get",
    "GET",
    "/resources/targeting/{targeting_type}",
    params=(
        Param(
            "targeting_type",
            "path",
            "str",
            required=True,
            enum=(
                "APPTYPE",
                "GENDER",
                "LOCALE",
                "AGE_BUCKET",
                "LOCATION",
                "GEO",
                "INTEREST",
                "KEYWORD",
                "AUDIENCE_INCLUDE",
                "AUDIENCE_EXCLUDE",
            ),
        ),
        Param("client_id", "query", "str", max_length=18, pattern="^\\d+$"),
        Param("oauth_signature", "query", "str"),
        Param("timestamp", "query", "str", pattern="\\d+"),
        Param("ad_account_id", "query", "str", max_length=18, pattern="^\\d+$"),
    ),
    responses={"200": "TargetingOptionResponse"},
    security=("pinterest_oauth2", "client_credentials"),
    rate_limit_category="ads_read",
)


class ResourcesApi(ApiBase):
    """View metadata about available metrics and targeting options in the Pinterest API."""

    @calls(_AD_ACCOUNT_COUNTRIES_GET)
    def ad_account_countries_get(
        self,
        **options: Unpack[CallOptions],
    ) -> AdAccountsCountryResponse:
        """Get ad accounts countries (``GET /resources/ad_account_countries``)

        Get Ad Accounts countries

        :returns: AdAccountsCountryResponse
        """
        return self.api_client.call(_AD_ACCOUNT_COUNTRIES_GET, options)

    ad_account_countries_get_with_http_info = WithHttpInfo("ad_account_countries_get")

    @calls(_DELIVERY_METRICS_GET)
    def delivery_metrics_get(
        self,
        *,
        report_type: Optional[str] = None,
        **options: Unpack[CallOptions],
    ) -> DeliveryMetricsResponse:
        """Get available metrics' definitions (``GET /resources/delivery_metrics``)

        Get the definitions for ads and organic metrics available across both synchronous and asynchronous report
        endpoints.
        The `display_name` attribute will match how the metric is named in our native tools like Ads Manager.
        See [Organic Analytics](https://developers.pinterest.com/docs/api-features/analytics-overview/) and [Ads
        Analytics](https://developers.pinterest.com/docs/api-features/ads-reporting/) for more information.

        :param report_type: Report type.
        :returns: DeliveryMetricsResponse
        """
        return self.api_client.call(_DELIVERY_METRICS_GET, options, report_type=report_type)

    delivery_metrics_get_with_http_info = WithHttpInfo("delivery_metrics_get")

    @calls(_LEAD_FORM_QUESTIONS_GET)
    def lead_form_questions_get(
        self,
        **options: Unpack[CallOptions],
    ) -> None:
        """Get lead form questions (``GET /resources/lead_form_questions``)

        Get a list of all lead form question type names. Some questions might not be used.

        **This endpoint is currently in beta and not available to all apps. [Learn
        more](https://developers.pinterest.com/docs/getting-started/using-beta-and-restricted-features/).**

        :returns: None
        """
        return self.api_client.call(_LEAD_FORM_QUESTIONS_GET, options)

    lead_form_questions_get_with_http_info = WithHttpInfo("lead_form_questions_get")

    @calls(_METRICS_READY_STATE_GET)
    def metrics_ready_state_get(
        self,
        date: str,
        **options: Unpack[CallOptions],
    ) -> BookClosedResponse:
        """Get metrics ready state (``GET /resources/metrics_ready_state``)

        Learn whether conversion or non-conversion metrics are finalized and ready to query.

        :param date: Analytics reports request date (UTC). Format: YYYY-MM-DD
        :returns: BookClosedResponse
        """
        return self.api_client.call(_METRICS_READY_STATE_GET, options, date=date)

    metrics_ready_state_get_with_http_info = WithHttpInfo("metrics_ready_state_get")

    @calls(_INTEREST_TARGETING_OPTIONS_GET)
    def interest_targeting_options_get(
        self,
        interest_id: str,
        **options: Unpack[CallOptions],
    ) -> SingleInterestTargetingOptionResponse:
        """Get interest details (``GET /resources/targeting/interests/{interest_id}``)

        Get details of a specific interest given interest ID.

        Click
        [here](https://docs.google.com/spreadsheets/d/1HxL-0Z3p2fgxis9YBP2HWC3tvPrs1hAuHDRtH-NJTIM/edit#gid=118370875)
        for a spreadsheet listing interests and their IDs.

        :param interest_id: Unique identifier of an interest.
        :returns: SingleInterestTargetingOptionResponse
        """
        return self.api_client.call(_INTEREST_TARGETING_OPTIONS_GET, options, interest_id=interest_id)

    interest_targeting_options_get_with_http_info = WithHttpInfo("interest_targeting_options_get")

    @calls(_TARGETING_OPTIONS_GET)
    def targeting_options_get(
        self,
        targeting_type: str,
        *,
        client_id: Optional[str] = None,
        oauth_signature: Optional[str] = None,
        timestamp: Optional[str] = None,
        ad_account_id: Optional[str] = None,
        **options: Unpack[CallOptions],
    ) -> List[Dict[str, Any]]:
        """Get targeting options (``GET /resources/targeting/{targeting_type}``)

        You can use targeting values in ads placement to define your intended audience.

        Targeting metrics are organized around targeting specifications.

        For more information on ads targeting, see [Audience
        targeting](https://help.pinterest.com/en/business/article/audience-targeting).

        **Sample return:**

         <pre class="literal-block"> [{"36313": "Australia: Moreton Bay - North", "124735": "Canada: North
         Battleford", "36109": "Australia: Murray", "36108": "Australia: Mid North Coast", "36101": "Australia:
         Capital Region", "811": "U.S.: Reno", "36103": "Australia: Central West", "36102": "Australia: Central
         Coast", "36105": "Australia: Far West and Orana", "36104": "Australia: Coffs Harbour - Grafton", "36107":
         "Australia: Illawarra", "36106": "Australia: Hunter Valley Exc Newcastle", "554017": "New Zealand:
         Wanganui", "554016": "New Zealand: Marlborough", "554015": "New Zealand: Gisborne", "554014": "New Zealand:
         Tararua", "554013": "New Zealand: Invercargill", "GR": "Greece", "554011": "New Zealand: Whangarei",
         "554010": "New Zealand: Far North", "717": "U.S.: Quincy-Hannibal-Keokuk", "716": "U.S.: Baton Rouge",...}]
         </pre>

        :param targeting_type: Public targeting type.
        :param client_id: Client ID.
        :param oauth_signature: Oauth signature
        :param timestamp: Timestamp
        :param ad_account_id: Unique identifier of an ad account.
        :returns: List[Dict[str, Any]]
        """
        return self.api_client.call(
            _TARGETING_OPTIONS_GET,
            options,
            targeting_type=targeting_type,
            client_id=client_id,
            oauth_signature=oauth_signature,
            timestamp=timestamp,
            ad_account_id=ad_account_id,
        )

    targeting_options_get_with_http_info = WithHttpInfo("targeting_options_get")
