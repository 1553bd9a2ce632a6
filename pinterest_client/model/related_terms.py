# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.related_terms_related_terms_list_item import RelatedTermsRelatedTermsListItem


class RelatedTerms(Model):
    """RelatedTerms (component schema `RelatedTerms`)."""

    id: Optional[str]
    """First input term. For example, if you pass "?terms=clothes,workout", then id will be "clothes" """

    related_term_count: Optional[int]
    """Total number of related terms returned"""

    related_terms_list: Optional[List[RelatedTermsRelatedTermsListItem]]
    """The id of the advertiser."""

    _spec = (
        ('id', 'str'),
        ('related_term_count', 'int'),
        ('related_terms_list', 'list[RelatedTermsRelatedTermsListItem]'),
    )
