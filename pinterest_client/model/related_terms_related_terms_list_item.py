# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from pinterest_client.model.related_terms import RelatedTermsRelatedTermsListItem as RelatedTermsRelatedTermsListItem

__all__ = ["RelatedTermsRelatedTermsListItem"]
