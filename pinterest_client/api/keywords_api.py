# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""KeywordsApi: View, create or update keywords."""

from __future__ import annotations

from pinterest_client._operations import ApiBase, Operation, Param, WithHttpInfo, calls
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any, Dict, List, Optional, Union

    from typing_extensions import Unpack

    from pinterest_client.api_client import CallOptions
    from pinterest_client.model.keyword_update_body import KeywordUpdateBody
    from pinterest_client.model.keywords_get_response import KeywordsGetResponse
    from pinterest_client.model.keywords_metrics_array_response import KeywordsMetricsArrayResponse
    from pinterest_client.model.keywords_request import KeywordsRequest
    from pinterest_client.model.keywords_response import KeywordsResponse
    from pinterest_client.model.match_type import MatchType
    from pinterest_client.model.trend_type import TrendType
    from pinterest_client.model.trending_keywords_response import TrendingKeywordsResponse
    from pinterest_client.model.trends_supported_region import TrendsSupportedRegion


_KEYWORDS_GET = Operation(
    "keywords/get",
    "GET",
    "/ad_accounts/{ad_account_id}/keywords",
    params=(
        Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),
        Param("campaign_id", "query", "str", max_length=18, pattern="^\\d+$"),
        Param("ad_group_id", "query", "str", max_length=18, pattern="^\\d+$"),
        Param(
            "ad_group_ids",
            "query",
            "list[str]",
            items={"max_length": 18, "pattern": "^\\d+$"},
            max_items=250,
            min_items=1,
        ),
        Param("match_types", "query", "list[MatchType]", max_items=5, min_items=1),
        Param("page_size", "query", "int", minimum=1),
        Param("bookmark", "query", "str"),
    ),
    responses={"200": "KeywordsGetResponse"},
    security=("pinterest_oauth2", "client_credentials"),
    rate_limit_category="ads_read",
)


_KEYWORDS_CREATE = Operation(
    "keywords/create",
    "POST",
    "/ad_accounts/{ad_account_id}/keywords",
    params=(Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),),
    body="KeywordsRequest",
    body_name="keywords_request",
    body_required=True,
    content_type="application/json",
    responses={"200": "KeywordsResponse"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_write",
)


_KEYWORDS_UPDATE = Operation(
    "keywords/update",
    "PATCH",
    "/ad_accounts/{ad_account_id}/keywords",
    params=(Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),),
    body="KeywordUpdateBody",
    body_name="keyword_update_body",
    body_required=True,
    content_type="application/json",
    responses={"200": "KeywordsResponse"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_write",
)


_COUNTRY_KEYWORDS_METRICS_GET = Operation(
    "country_keywords_metrics/get",
    "GET",
    "/ad_accounts/{ad_account_id}/keywords/metrics",
    params=(
        Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),
        Param("country_code", "query", "str", required=True),
        Param("keywords", "query", "list[str]", required=True, explode=False, max_items=2000, min_items=1),
    ),
    responses={"200": "KeywordsMetricsArrayResponse"},
    security=("pinterest_oauth2", "client_credentials"),
    rate_limit_category="ads_read",
)


_TRENDING_KEYWORDS_LIST = Operation(
    "trending_keywords/list",
    "GET",
    "/trends/keywords/{region}/top/{trend_type}",
    params=(
        Param("region", "path", "TrendsSupportedRegion", required=True),
        Param("trend_type", "path", "TrendType", required=True),
        Param("interests", "query", "L1InterestList"),
        Param("genders", "query", "GenderList"),
        Param("ages", "query", "AgeBucketList"),
        Param("include_keywords", "query", "KeywordList"),
        Param("normalize_against_group", "query", "bool"),
        Param("limit", "query", "int", maximum=50, minimum=1),
        Param("include_prediction", "query", "bool"),
        Param("include_demographics", "query", "bool"),
    ),
    responses={"200": "TrendingKeywordsResponse"},
    security=("pinterest_oauth2",),
    rate_limit_category="trends_read",
)


class KeywordsApi(ApiBase):
    """View, create or update keywords."""

    @calls(_KEYWORDS_GET)
    def keywords_get(
        self,
        ad_account_id: str,
        *,
        campaign_id: Optional[str] = None,
        ad_group_id: Optional[str] = None,
        ad_group_ids: Optional[List[str]] = None,
        match_types: Optional[List[Union[MatchType, str]]] = None,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        **options: Unpack[CallOptions],
    ) -> KeywordsGetResponse:
        """Get keywords (``GET /ad_accounts/{ad_account_id}/keywords``)

        Get a list of keywords based on the filters provided. If no filter is provided, it will default to the
        ad_account_id filter, which means it will only return keywords that specifically have parent_id set to the
        ad_account_id. Note: Keywords can have ad_account_ids, campaign_ids, and ad_group_ids set as their
        parent_ids. Keywords created through Ads Manager will have their parent_id set to an ad_group_id, not
        ad_account_id.

        For more information, see [Keyword
        targeting](https://help.pinterest.com/en/business/article/keyword-targeting).

        **Notes:**

        - Advertisers and campaigns can only be assigned keywords with excluding ('_NEGATIVE').
        - All keyword match types are available for ad groups.

        For more information on match types, see [match type
        enums](https://developers.pinterest.com/docs/api-features/targeting-overview/).

        **Returns:**

        -

        A successful call returns an object containing an array of new keyword objects and an empty "errors" object
        array.

        -

        An unsuccessful call returns an empty keywords array, and, instead, inserts the entire object with
        nulled/negated properties into the "errors" object array:

         <pre class="last literal-block"> { "keywords": [], "errors": [ { "data": { "archived": null, "match_type":
         "EXACT", "parent_type": null, "value": "foobar", "parent_id": null, "type": "keyword", "id": null },
         "error_messages": [ "Advertisers and Campaigns only accept excluded targeting attributes." ] } } </pre>

        :param ad_account_id: Unique identifier of an ad account.
        :param campaign_id: Campaign Id to use to filter the results.
        :param ad_group_id: Ad group Id.
        :param ad_group_ids: List of Ad group Ids to retrieve keywords from. This feature is currently in BETA and is
            not available to all users.
        :param match_types: Keyword [match
            type](https://developers.pinterest.com/docs/api-features/targeting-overview/)
        :param page_size: Maximum number of items to include in a single page of the response. Default maximum of
            250. See documentation on [Pagination](https://developers.pinterest.com/docs/reference/pagination/) for
            more information.
        :param bookmark: Cursor used to fetch the next page of items
        :returns: KeywordsGetResponse
        """
        return self.api_client.call(
            _KEYWORDS_GET,
            options,
            ad_account_id=ad_account_id,
            campaign_id=campaign_id,
            ad_group_id=ad_group_id,
            ad_group_ids=ad_group_ids,
            match_types=match_types,
            page_size=page_size,
            bookmark=bookmark,
        )

    keywords_get_with_http_info = WithHttpInfo("keywords_get")

    @calls(_KEYWORDS_CREATE)
    def keywords_create(
        self,
        ad_account_id: str,
        keywords_request: Union[KeywordsRequest, Dict[str, Any]],
        **options: Unpack[CallOptions],
    ) -> KeywordsResponse:
        """Create keywords (``POST /ad_accounts/{ad_account_id}/keywords``)

        Create keywords for following entity types(advertiser, campaign, ad group or ad).

        For more information, see [Keyword
        targeting](https://help.pinterest.com/en/business/article/keyword-targeting).

        **Notes:**

        - Advertisers and campaigns can only be assigned keywords with excluding ('_NEGATIVE').
        - All keyword match types are available for ad groups.

        For more information on match types, see [match type
        enums](https://developers.pinterest.com/docs/api-features/targeting-overview/).

        **Returns:**

        -

        A successful call returns an object containing an array of new keyword objects and an empty "errors" object
        array.

        -

        An unsuccessful call returns an empty keywords array, and, instead, inserts the entire object with
        nulled/negated properties into the "errors" object array:

         <pre class="last literal-block"> { "keywords": [], "errors": [ { "data": { "archived": null, "match_type":
         "EXACT", "parent_type": null, "value": "foobar", "parent_id": null, "type": "keyword", "id": null },
         "error_messages": [ "Advertisers and Campaigns only accept excluded targeting attributes." ] } } </pre>

        **Rate limit**: [WRITE](https://developers.pinterest.com/docs/reference/rate-limits/).

        :param ad_account_id: Unique identifier of an ad account.
        :param keywords_request: The request body (KeywordsRequest).
        :returns: KeywordsResponse
        """
        return self.api_client.call(
            _KEYWORDS_CREATE, options, ad_account_id=ad_account_id, keywords_request=keywords_request
        )

    keywords_create_with_http_info = WithHttpInfo("keywords_create")

    @calls(_KEYWORDS_UPDATE)
    def keywords_update(
        self,
        ad_account_id: str,
        keyword_update_body: Union[KeywordUpdateBody, Dict[str, Any]],
        **options: Unpack[CallOptions],
    ) -> KeywordsResponse:
        """Update keywords (``PATCH /ad_accounts/{ad_account_id}/keywords``)

        Update one or more keywords' bid and archived fields.

        Archiving a keyword effectively deletes it - keywords no longer receive metrics and no longer visible within
        the parent entity's keywords list.

        :param ad_account_id: Unique identifier of an ad account.
        :param keyword_update_body: The request body (KeywordUpdateBody).
        :returns: KeywordsResponse
        """
        return self.api_client.call(
            _KEYWORDS_UPDATE, options, ad_account_id=ad_account_id, keyword_update_body=keyword_update_body
        )

    keywords_update_with_http_info = WithHttpInfo("keywords_update")

    @calls(_COUNTRY_KEYWORDS_METRICS_GET)
    def country_keywords_metrics_get(
        self,
        ad_account_id: str,
        country_code: str,
        keywords: List[str],
        **options: Unpack[CallOptions],
    ) -> KeywordsMetricsArrayResponse:
        """Get country's keyword metrics (``GET /ad_accounts/{ad_account_id}/keywords/metrics``)

        See keyword metrics for a specified country, aggregated across all of Pinterest.
        (Definitions are available from the "Get delivery metrics definitions"
        [API endpoint](https://developers.pinterest.com/docs/api/v5/#operation/delivery_metrics/get)).

        :param ad_account_id: Unique identifier of an ad account.
        :param country_code: Two letter country code (ISO 3166-1 alpha-2)
        :param keywords: Comma-separated keywords
        :returns: KeywordsMetricsArrayResponse
        """
        return self.api_client.call(
            _COUNTRY_KEYWORDS_METRICS_GET,
            options,
            ad_account_id=ad_account_id,
            country_code=country_code,
            keywords=keywords,
        )

    country_keywords_metrics_get_with_http_info = WithHttpInfo("country_keywords_metrics_get")

    @calls(_TRENDING_KEYWORDS_LIST)
    def trending_keywords_list(
        self,
        region: Union[TrendsSupportedRegion, str],
        trend_type: Union[TrendType, str],
        *,
        interests: Optional[List[str]] = None,
        genders: Optional[List[str]] = None,
        ages: Optional[List[str]] = None,
        include_keywords: Optional[List[str]] = None,
        normalize_against_group: Optional[bool] = None,
        limit: Optional[int] = None,
        include_prediction: Optional[bool] = None,
        include_demographics: Optional[bool] = None,
        **options: Unpack[CallOptions],
    ) -> TrendingKeywordsResponse:
        """List trending keywords (``GET /trends/keywords/{region}/top/{trend_type}``)

        Get the top trending search keywords among the Pinterest user audience.

        Trending keywords can be used to inform ad targeting, budget strategy, and creative decisions about which
        products and Pins will resonate with your audience.

        Geographic, demographic and interest-based filters are available to narrow down to the top trends among a
        specific audience. Multiple trend types are supported that can be used to identify newly-popular, evergreen
        or seasonal keywords.

        For an interactive way to explore this data, please visit
        [trends.pinterest.com](https://trends.pinterest.com).

        :param region: The geographic region of interest. Only top trends within the specified region will be
            returned. The `region` parameter is formatted as ISO 3166-2 country codes delimited by `+`, corresponding
            to the following geographic areas: - `US` - United States - `CA` - Canada - `DE` - Germany - `FR` -
            France - `ES` - Spain - `IT` - Italy - `DE+AT+CH` - Germanic countries - `GB+IE` - Great Britain &
            Ireland - `IT+ES+PT+GR+MT` - Southern Europe - `PL+RO+HU+SK+CZ` - Eastern Europe - `SE+DK+FI+NO` - Nordic
            countries - `NL+BE+LU` - Benelux - `AR` - Argentina - `BR` - Brazil - `CO` - Colombia - `MX` - Mexico -
            `MX+AR+CO+CL` - Hispanic LatAm - `AU+NZ` - Australasia
        :param trend_type: The methodology used to rank how trendy a keyword is. - `growing` trends have high upward
            growth in search volume over the last quarter - `monthly` trends have high search volume in the last
            month - `yearly` trends have high search volume in the last year - `seasonal` trends have high upward
            growth in search volume over the last month and exhibit a seasonal recurring pattern (typically annual)
        :param interests: If set, filters the results to trends associated with the specified interests. If unset,
            trends for all interests will be returned. The list of supported interests is: - `animals` - Animals -
            `architecture` - Architecture - `art` - Art - `beauty` - Beauty - `childrens_fashion` - Children's
            Fashion - `design` - Design - `diy_and_crafts` - DIY & Crafts - `education` - Education - `electronics` -
            Electronics - `entertainment` - Entertainment - `event_planning` - Event Planning - `finance` - Finance -
            `food_and_drinks` - Food & Drink - `gardening` - Gardening - `health` - Health - `home_decor` - Home
            Decor - `mens_fashion` - Men's Fashion - `parenting` - Parenting - `quotes` - Quotes - `sport` - Sports -
            `travel` - Travel - `vehicles` - Vehicles - `wedding` - Wedding - `womens_fashion` - Women's Fashion
        :param genders: If set, filters the results to trends among users who identify with the specified gender(s).
            If unset, trends among all genders will be returned. The `unknown` group includes users with unspecified
            or customized gender profile settings.
        :param ages: If set, filters the results to trends among users in the specified age range(s). If unset,
            trends among all age groups will be returned.
        :param include_keywords: If set, filters the results to top trends which include at least one of the
            specified keywords. If unset, no keyword filtering logic is applied.
        :param normalize_against_group: Governs how the resulting time series data will be normalized to a [0-100]
            scale. By default (`false`), the data will be normalized independently for each keyword. The peak search
            volume observation in *each* keyword's time series will be represented by the value 100. This is ideal
            for analyzing when an individual keyword is expected to peak in interest. If set to `true`, the data will
            be normalized as a group. The peak search volume observation across *all* keywords in the response will
            be represented by the value 100, and all other values scaled accordingly. Use this option when you wish
            to compare relative search volume between multiple keywords.
        :param limit: The maximum number of trending keywords that will be returned. Keywords are returned in
            trend-ranked order, so a `limit` of 50 will return the top 50 trends.
        :param include_prediction: [Closed
            beta](https://developers.pinterest.com/docs/getting-started/using-beta-and-restricted-features/)
            Including predicted weekly search volume data for the next 90 days. By default (`false`), the response
            will not include predicted data.
        :param include_demographics: [Closed
            beta](https://developers.pinterest.com/docs/getting-started/using-beta-and-restricted-features/)
            Including the age and gender distribution for each keyword. By default (`false`), the response will not
            include demographics data.
        :returns: TrendingKeywordsResponse
        """
        return self.api_client.call(
            _TRENDING_KEYWORDS_LIST,
            options,
            region=region,
            trend_type=trend_type,
            interests=interests,
            genders=genders,
            ages=ages,
            include_keywords=include_keywords,
            normalize_against_group=normalize_against_group,
            limit=limit,
            include_prediction=include_prediction,
            include_demographics=include_demographics,
        )

    trending_keywords_list_with_http_info = WithHttpInfo("trending_keywords_list")
