# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import List, Optional

from pinterest_client.model_utils import Field, Model


class RelatedTermsRelatedTermsListItem(Model):
    """RelatedTermsRelatedTermsListItem (inline schema)."""

    related_terms: Optional[List[str]]

    term: Optional[str]

    _fields = (
        Field('related_terms', 'list[str]'),
        Field('term', 'str'),
    )
