# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional


class RelatedTerms(Model):
    """RelatedTerms (component schema `RelatedTerms`)."""

    id: Optional[str] = Field("str")
    """First input term. For example, if you pass "?terms=clothes,workout", then id will be "clothes" """

    related_term_count: Optional[int] = Field("int")
    """Total number of related terms returned"""

    related_terms_list: Optional[List[RelatedTermsRelatedTermsListItem]] = Field(
        "list[RelatedTermsRelatedTermsListItem]"
    )
    """The id of the advertiser."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: Optional[str] = ...,
            related_term_count: Optional[int] = ...,
            related_terms_list: Optional[List[RelatedTermsRelatedTermsListItem]] = ...,
        ) -> None: ...


class RelatedTermsRelatedTermsListItem(Model):
    """RelatedTermsRelatedTermsListItem (inline schema)."""

    related_terms: Optional[List[str]] = Field("list[str]")

    term: Optional[str] = Field("str")

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            related_terms: Optional[List[str]] = ...,
            term: Optional[str] = ...,
        ) -> None: ...


__all__ = ["RelatedTerms", "RelatedTermsRelatedTermsListItem"]
