# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""TermsOfServiceApi: View Advertising Terms Of Service."""

from __future__ import annotations

from pinterest_client._operations import ApiBase, Operation, Param, WithHttpInfo, calls
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Optional

    from typing_extensions import Unpack

    from pinterest_client.api_client import CallOptions
    from pinterest_client.model.terms_of_service import TermsOfService


_TERMS_OF_SERVICE_GET = Operation(
    "terms_of_service/get",
    "GET",
    "/ad_accounts/{ad_account_id}/terms_of_service",
    params=(
        Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),
        Param("include_html", "query", "bool"),
        Param("tos_type", "query", "str"),
    ),
    responses={"200": "TermsOfService"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_read",
)


class TermsOfServiceApi(ApiBase):
    """View Advertising Terms Of Service."""

    @calls(_TERMS_OF_SERVICE_GET)
    def terms_of_service_get(
        self,
        ad_account_id: str,
        *,
        include_html: Optional[bool] = None,
        tos_type: Optional[str] = None,
        **options: Unpack[CallOptions],
    ) -> TermsOfService:
        """Get terms of service (``GET /ad_accounts/{ad_account_id}/terms_of_service``)

        Get the text of the terms of service and see whether the advertiser has accepted the terms of service.

        :param ad_account_id: Unique identifier of an ad account.
        :param include_html: Return HTML in TOS text.
        :param tos_type: Request type.
        :returns: TermsOfService
        """
        return self.api_client.call(
            _TERMS_OF_SERVICE_GET, options, ad_account_id=ad_account_id, include_html=include_html, tos_type=tos_type
        )

    terms_of_service_get_with_http_info = WithHttpInfo("terms_of_service_get")
