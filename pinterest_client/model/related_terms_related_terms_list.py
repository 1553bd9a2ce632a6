# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``RelatedTermsRelatedTermsList`` is the original client's name (releases 0.1.2-0.1.12) for
:class:`RelatedTermsRelatedTermsListItem`, the same class under its current name.
"""

from pinterest_client.model.related_terms_related_terms_list_item import RelatedTermsRelatedTermsListItem

RelatedTermsRelatedTermsList = RelatedTermsRelatedTermsListItem

__all__ = ["RelatedTermsRelatedTermsList"]
