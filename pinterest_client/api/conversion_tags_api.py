# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""ConversionTagsApi: View, create, or update conversion tags."""

from __future__ import annotations

from pinterest_client._operations import ApiBase, Operation, Param, WithHttpInfo, calls
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any, Dict, Optional, Union

    from typing_extensions import Unpack

    from pinterest_client.api_client import CallOptions
    from pinterest_client.model.conversion_tag import ConversionTag
    from pinterest_client.model.conversion_tag_create import ConversionTagCreate
    from pinterest_client.model.conversion_tags_list_response import ConversionTagsListResponse
    from pinterest_client.model.conversion_tags_ocpm_eligible_response import ConversionTagsOcpmEligibleResponse
    from pinterest_client.model.page_visit_conversion_tags_get_response import PageVisitConversionTagsGetResponse


_CONVERSION_TAGS_LIST = Operation(
    "conversion_tags/list",
    "GET",
    "/ad_accounts/{ad_account_id}/conversion_tags",
    params=(
        Param("filter_deleted", "query", "bool"),
        Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),
    ),
    responses={"200": "ConversionTagsListResponse"},
    security=("pinterest_oauth2", "client_credentials"),
    rate_limit_category="ads_read",
)


_CONVERSION_TAGS_CREATE = Operation(
    "conversion_tags/create",
    "POST",
    "/ad_accounts/{ad_account_id}/conversion_tags",
    params=(Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),),
    body="ConversionTagCreate",
    body_name="conversion_tag_create",
    body_required=True,
    content_type="application/json",
    responses={"200": "ConversionTag", "201": "ConversionTag"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_write",
)


_OCPM_ELIGIBLE_CONVERSION_TAGS_GET = Operation(
    "ocpm_eligible_conversion_tags/get",
    "GET",
    "/ad_accounts/{ad_account_id}/conversion_tags/ocpm_eligible",
    params=(Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),),
    responses={"200": "ConversionTagsOcpmEligibleResponse"},
    security=("pinterest_oauth2", "client_credentials"),
    rate_limit_category="ads_read",
)


_PAGE_VISIT_CONVERSION_TAGS_GET = Operation(
    "page_visit_conversion_tags/get",
    "GET",
    "/ad_accounts/{ad_account_id}/conversion_tags/page_visit",
    params=(
        Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),
        Param("page_size", "query", "int", maximum=250, minimum=1),
        Param("order", "query", "str", enum=("ASCENDING", "DESCENDING")),
        Param("bookmark", "query", "str"),
    ),
    responses={"200": "PageVisitConversionTagsGetResponse"},
    security=("pinterest_oauth2", "client_credentials"),
    rate_limit_category="ads_read",
)


_CONVERSION_TAGS_GET = Operation(
    "conversion_tags/get",
    "GET",
    "/ad_accounts/{ad_account_id}/conversion_tags/{conversion_tag_id}",
    params=(
        Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),
        Param("conversion_tag_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),
    ),
    responses={"200": "ConversionTag"},
    security=("pinterest_oauth2", "client_credentials"),
    rate_limit_category="ads_read",
)


class ConversionTagsApi(ApiBase):
    """View, create, or update conversion tags."""

    @calls(_CONVERSION_TAGS_LIST)
    def conversion_tags_list(
        self,
        ad_account_id: str,
        *,
        filter_deleted: Optional[bool] = None,
        **options: Unpack[CallOptions],
    ) -> ConversionTagsListResponse:
        """List conversion tags (``GET /ad_accounts/{ad_account_id}/conversion_tags``)

        List conversion tags associated with an ad account.

        :param ad_account_id: Unique identifier of an ad account.
        :param filter_deleted: Filter by deleted status
        :returns: ConversionTagsListResponse
        """
        return self.api_client.call(
            _CONVERSION_TAGS_LIST, options, filter_deleted=filter_deleted, ad_account_id=ad_account_id
        )

    conversion_tags_list_with_http_info = WithHttpInfo("conversion_tags_list")

    @calls(_CONVERSION_TAGS_CREATE)
    def conversion_tags_create(
        self,
        ad_account_id: str,
        conversion_tag_create: Union[ConversionTagCreate, Dict[str, Any]],
        **options: Unpack[CallOptions],
    ) -> ConversionTag:
        """Create conversion tag (``POST /ad_accounts/{ad_account_id}/conversion_tags``)

        Create a conversion tag, also known as [Pinterest
        tag](https://help.pinterest.com/en/business/article/set-up-the-pinterest-tag), with the option to enable
        enhanced match.

        The Pinterest Tag tracks actions people take on the ad account's website after they view the ad account's ad
        on Pinterest. The advertiser needs to customize this tag to track conversions.

        For more information, see:

        [Set up the Pinterest tag](https://help.pinterest.com/en/business/article/set-up-the-pinterest-tag)

        [Pinterest Tag](https://developers.pinterest.com/docs/track-conversions/pinterest-tag/)

        [Enhanced match](https://developers.pinterest.com/docs/track-conversions/pinterest-tag/#enhanced-match)

        :param ad_account_id: Unique identifier of an ad account.
        :param conversion_tag_create: Resource create operation model.
        :returns: ConversionTag
        """
        return self.api_client.call(
            _CONVERSION_TAGS_CREATE, options, ad_account_id=ad_account_id, conversion_tag_create=conversion_tag_create
        )

    conversion_tags_create_with_http_info = WithHttpInfo("conversion_tags_create")

    @calls(_OCPM_ELIGIBLE_CONVERSION_TAGS_GET)
    def ocpm_eligible_conversion_tags_get(
        self,
        ad_account_id: str,
        **options: Unpack[CallOptions],
    ) -> ConversionTagsOcpmEligibleResponse:
        """Get Ocpm eligible conversion tags (``GET /ad_accounts/{ad_account_id}/conversion_tags/ocpm_eligible``)

        Get Ocpm eligible conversion tag events for an ad account.

        :param ad_account_id: Unique identifier of an ad account.
        :returns: ConversionTagsOcpmEligibleResponse
        """
        return self.api_client.call(_OCPM_ELIGIBLE_CONVERSION_TAGS_GET, options, ad_account_id=ad_account_id)

    ocpm_eligible_conversion_tags_get_with_http_info = WithHttpInfo("ocpm_eligible_conversion_tags_get")

    @calls(_PAGE_VISIT_CONVERSION_TAGS_GET)
    def page_visit_conversion_tags_get(
        self,
        ad_account_id: str,
        *,
        page_size: Optional[int] = None,
        order: Optional[str] = None,
        bookmark: Optional[str] = None,
        **options: Unpack[CallOptions],
    ) -> PageVisitConversionTagsGetResponse:
        """Get page visit conversion tags (``GET /ad_accounts/{ad_account_id}/conversion_tags/page_visit``)

        Get all page visit conversion tag events for an ad account.

        :param ad_account_id: Unique identifier of an ad account.
        :param page_size: Maximum number of items to include in a single page of the response. See documentation on
            [Pagination](https://developers.pinterest.com/docs/reference/pagination/) for more information.
        :param order: The order in which to sort the items returned: “ASCENDING” or “DESCENDING” by ID. Note that
            higher-value IDs are associated with more-recently added items.
        :param bookmark: Cursor used to fetch the next page of items
        :returns: PageVisitConversionTagsGetResponse
        """
        return self.api_client.call(
            _PAGE_VISIT_CONVERSION_TAGS_GET,
            options,
            ad_account_id=ad_account_id,
            page_size=page_size,
            order=order,
            bookmark=bookmark,
        )

    page_visit_conversion_tags_get_with_http_info = WithHttpInfo("page_visit_conversion_tags_get")

    @calls(_CONVERSION_TAGS_GET)
    def conversion_tags_get(
        self,
        ad_account_id: str,
        conversion_tag_id: str,
        **options: Unpack[CallOptions],
    ) -> ConversionTag:
        """Get conversion tag (``GET /ad_accounts/{ad_account_id}/conversion_tags/{conversion_tag_id}``)

        Get information about an existing conversion tag.

        :param ad_account_id: Unique identifier of an ad account.
        :param conversion_tag_id: Id of the conversion tag.
        :returns: ConversionTag
        """
        return self.api_client.call(
            _CONVERSION_TAGS_GET, options, ad_account_id=ad_account_id, conversion_tag_id=conversion_tag_id
        )

    conversion_tags_get_with_http_info = WithHttpInfo("conversion_tags_get")
