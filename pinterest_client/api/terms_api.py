# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""TermsApi: View related and suggested terms for ads targeting."""

from __future__ import annotations

from pinterest_client._operations import ApiBase, Operation, Param, WithHttpInfo, calls
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import List, Optional

    from typing_extensions import Unpack

    from pinterest_client.api_client import CallOptions
    from pinterest_client.model.related_terms import RelatedTerms


_TERMS_RELATED_LIST = Operation(
    "terms_related/list",
    "GET",
    "/terms/related",
    params=(Param("terms", "query", "list[str]", required=True),),
    responses={"200": "RelatedTerms"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_read",
)


_TERMS_SUGGESTED_LIST = Operation(
    "terms_suggested/list",
    "GET",
    "/terms/suggested",
    params=(
        Param("term", "query", "str", required=True),
        Param("limit", "query", "int", maximum=10, minimum=1),
    ),
    responses={"200": "TermsSuggestedResponse"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_read",
)


class TermsApi(ApiBase):
    """View related and suggested terms for ads targeting."""

    @calls(_TERMS_RELATED_LIST)
    def terms_related_list(
        self,
        terms: List[str],
        **options: Unpack[CallOptions],
    ) -> RelatedTerms:
        """List related terms (``GET /terms/related``)

        Get a list of terms logically related to each input term.

        Example: the term 'workout' would list related terms like 'one song workout', 'yoga workout', 'workout
        motivation', etc.

        :param terms: List of input terms.
        :returns: RelatedTerms
        """
        return self.api_client.call(_TERMS_RELATED_LIST, options, terms=terms)

    terms_related_list_with_http_info = WithHttpInfo("terms_related_list")

    @calls(_TERMS_SUGGESTED_LIST)
    def terms_suggested_list(
        self,
        term: str,
        *,
        limit: Optional[int] = None,
        **options: Unpack[CallOptions],
    ) -> List[str]:
        """List suggested terms (``GET /terms/suggested``)

        Get popular search terms that begin with your input term.

        Example: 'sport' would return popular terms like 'sports bar' and 'sportswear', but not 'motor sports' since
        the phrase does not begin with the given term.

        :param term: Input term.
        :param limit: Max suggested terms to return.
        :returns: List[str]
        """
        return self.api_client.call(_TERMS_SUGGESTED_LIST, options, term=term, limit=limit)

    terms_suggested_list_with_http_info = WithHttpInfo("terms_suggested_list")
