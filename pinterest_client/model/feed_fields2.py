# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``FeedFields2`` is the original client's name (releases 0.1.9-0.1.12) for
:class:`CatalogsRetailFeedsCreateRequest`, the same class under its current name.
"""

from pinterest_client.model.catalogs_retail_feeds_create_request import CatalogsRetailFeedsCreateRequest

FeedFields2 = CatalogsRetailFeedsCreateRequest

__all__ = ["FeedFields2"]
