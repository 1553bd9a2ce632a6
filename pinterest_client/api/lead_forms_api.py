# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""LeadFormsApi: View lead forms."""

from __future__ import annotations

from pinterest_client._operations import ApiBase, Operation, Param, WithHttpInfo, calls
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any, Dict, List, Optional, Union

    from typing_extensions import Unpack

    from pinterest_client.api_client import CallOptions
    from pinterest_client.model.lead_form_array_response import LeadFormArrayResponse
    from pinterest_client.model.lead_form_create_request import LeadFormCreateRequest
    from pinterest_client.model.lead_form_response import LeadFormResponse
    from pinterest_client.model.lead_form_test_request import LeadFormTestRequest
    from pinterest_client.model.lead_form_test_response import LeadFormTestResponse
    from pinterest_client.model.lead_form_update_request import LeadFormUpdateRequest
    from pinterest_client.model.lead_forms_list_response import LeadFormsListResponse


_LEAD_FORMS_LIST = Operation(
    "lead_forms/list",
    "GET",
    "/ad_accounts/{ad_account_id}/lead_forms",
    params=(
        Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),
        Param("page_size", "query", "int", maximum=250, minimum=1),
        Param("order", "query", "str", enum=("ASCENDING", "DESCENDING")),
        Param("bookmark", "query", "str"),
    ),
    responses={"200": "LeadFormsListResponse"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_read",
)


_LEAD_FORMS_CREATE = Operation(
    "lead_forms/create",
    "POST",
    "/ad_accounts/{ad_account_id}/lead_forms",
    params=(Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),),
    body="list[LeadFormCreateRequest]",
    body_name="lead_form_create_request",
    body_required=True,
    content_type="application/json",
    responses={"200": "LeadFormArrayResponse"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_write",
)


_LEAD_FORMS_UPDATE = Operation(
    "lead_forms/update",
    "PATCH",
    "/ad_accounts/{ad_account_id}/lead_forms",
    params=(Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),),
    body="list[LeadFormUpdateRequest]",
    body_name="lead_form_update_request",
    body_required=True,
    content_type="application/json",
    responses={"200": "LeadFormArrayResponse"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_write",
)


_LEAD_FORM_GET = Operation(
    "lead_form/get",
    "GET",
    "/ad_accounts/{ad_account_id}/lead_forms/{lead_form_id}",
    params=(
        Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),
        Param("lead_form_id", "path", "str", required=True, pattern="^\\d+$"),
    ),
    responses={"200": "LeadFormResponse"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_read",
)


_LEAD_FORM_TEST_CREATE = Operation(
    "lead_form_test/create",
    "POST",
    "/ad_accounts/{ad_account_id}/lead_forms/{lead_form_id}/test",
    params=(
        Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),
        Param("lead_form_id", "path", "str", required=True, pattern="^\\d+$"),
    ),
    body="LeadFormTestRequest",
    body_name="lead_form_test_request",
    body_required=True,
    content_type="application/json",
    responses={"200": "LeadFormTestResponse"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_write",
)


class LeadFormsApi(ApiBase):
    """View lead forms."""

    @calls(_LEAD_FORMS_LIST)
    def lead_forms_list(
        self,
        ad_account_id: str,
        *,
        page_size: Optional[int] = None,
        order: Optional[str] = None,
        bookmark: Optional[str] = None,
        **options: Unpack[CallOptions],
    ) -> LeadFormsListResponse:
        """List lead forms (``GET /ad_accounts/{ad_account_id}/lead_forms``)

        **This feature is currently in beta and not available to all apps, if you're interested in joining the beta,
        please reach out to your Pinterest account manager.**

        List lead forms associated with an ad account ID.

        For more, see [Lead ads](https://help.pinterest.com/en/business/article/lead-ads).

        :param ad_account_id: Unique identifier of an ad account.
        :param page_size: Maximum number of items to include in a single page of the response. See documentation on
            [Pagination](https://developers.pinterest.com/docs/reference/pagination/) for more information.
        :param order: The order in which to sort the items returned: “ASCENDING” or “DESCENDING” by ID. Note that
            higher-value IDs are associated with more-recently added items.
        :param bookmark: Cursor used to fetch the next page of items
        :returns: LeadFormsListResponse
        """
        return self.api_client.call(
            _LEAD_FORMS_LIST, options, ad_account_id=ad_account_id, page_size=page_size, order=order, bookmark=bookmark
        )

    lead_forms_list_with_http_info = WithHttpInfo("lead_forms_list")

    @calls(_LEAD_FORMS_CREATE)
    def lead_forms_create(
        self,
        ad_account_id: str,
        lead_form_create_request: List[LeadFormCreateRequest],
        **options: Unpack[CallOptions],
    ) -> LeadFormArrayResponse:
        """Create lead forms (``POST /ad_accounts/{ad_account_id}/lead_forms``)

        **This feature is currently in beta and not available to all apps, if you're interested in joining the beta,
        please reach out to your Pinterest account manager.**

        Create lead forms. Lead forms are used in lead ads and allow you to control what text appears on the lead
        form’s description, questions and confirmation sections.

        For more, see [Lead ads](https://help.pinterest.com/en/business/article/lead-ads).

        :param ad_account_id: Unique identifier of an ad account.
        :param lead_form_create_request: List of lead forms to create, size limit [1, 30].
        :returns: LeadFormArrayResponse
        """
        return self.api_client.call(
            _LEAD_FORMS_CREATE, options, ad_account_id=ad_account_id, lead_form_create_request=lead_form_create_request
        )

    lead_forms_create_with_http_info = WithHttpInfo("lead_forms_create")

    @calls(_LEAD_FORMS_UPDATE)
    def lead_forms_update(
        self,
        ad_account_id: str,
        lead_form_update_request: List[LeadFormUpdateRequest],
        **options: Unpack[CallOptions],
    ) -> LeadFormArrayResponse:
        """Update lead forms (``PATCH /ad_accounts/{ad_account_id}/lead_forms``)

        **This feature is currently in beta and not available to all apps, if you're interested in joining the beta,
        please reach out to your Pinterest account manager.**

        Update lead forms. Lead ads help you reach people who are actively looking for, and interested in, your goods
        and services. The lead form can be associated with an ad to allow people to fill out the form.

        For more, see [Lead ads](https://help.pinterest.com/en/business/article/lead-ads).

        :param ad_account_id: Unique identifier of an ad account.
        :param lead_form_update_request: List of lead forms to update, size limit [1, 30].
        :returns: LeadFormArrayResponse
        """
        return self.api_client.call(
            _LEAD_FORMS_UPDATE, options, ad_account_id=ad_account_id, lead_form_update_request=lead_form_update_request
        )

    lead_forms_update_with_http_info = WithHttpInfo("lead_forms_update")

    @calls(_LEAD_FORM_GET)
    def lead_form_get(
        self,
        ad_account_id: str,
        lead_form_id: str,
        **options: Unpack[CallOptions],
    ) -> LeadFormResponse:
        """Get lead form by id (``GET /ad_accounts/{ad_account_id}/lead_forms/{lead_form_id}``)

        **This feature is currently in beta and not available to all apps, if you're interested in joining the beta,
        please reach out to your Pinterest account manager.**

        Gets a lead form given it's ID. It must also be associated with the provided ad account ID.

        For more, see [Lead ads](https://help.pinterest.com/en/business/article/lead-ads).

        :param ad_account_id: Unique identifier of an ad account.
        :param lead_form_id: Unique identifier of a lead form.
        :returns: LeadFormResponse
        """
        return self.api_client.call(_LEAD_FORM_GET, options, ad_account_id=ad_account_id, lead_form_id=lead_form_id)

    lead_form_get_with_http_info = WithHttpInfo("lead_form_get")

    @calls(_LEAD_FORM_TEST_CREATE)
    def lead_form_test_create(
        self,
        ad_account_id: str,
        lead_form_id: str,
        lead_form_test_request: Union[LeadFormTestRequest, Dict[str, Any]],
        **options: Unpack[CallOptions],
    ) -> LeadFormTestResponse:
        """Create lead form test data (``POST /ad_accounts/{ad_account_id}/lead_forms/{lead_form_id}/test``)

        Create lead form test data based on the list of answers provided as part of the body.
        - List of answers should follow the questions creation order.

        :param ad_account_id: Unique identifier of an ad account.
        :param lead_form_id: Unique identifier of a lead form.
        :param lead_form_test_request: Subscription to create.
        :returns: LeadFormTestResponse
        """
        return self.api_client.call(
            _LEAD_FORM_TEST_CREATE,
            options,
            ad_account_id=ad_account_id,
            lead_form_id=lead_form_id,
            lead_form_test_request=lead_form_test_request,
        )

    lead_form_test_create_with_http_info = WithHttpInfo("lead_form_test_create")
