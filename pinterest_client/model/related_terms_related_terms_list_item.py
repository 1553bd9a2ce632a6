# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import List, Optional


class RelatedTermsRelatedTermsListItem(Model):
    """RelatedTermsRelatedTermsListItem (inline schema)."""

    related_terms: Optional[List[str]]

    term: Optional[str]

    _spec = (
        ('related_terms', 'list[str]'),
        ('term', 'str'),
    )
