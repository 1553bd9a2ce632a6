# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``CatalogsListProductsByFilterRequestOneOf`` is the original client's name (releases 0.1.2-0.1.12) for
:class:`CatalogsListProductsByFeedBasedFilter`, the same class under its current name.
"""

from pinterest_client.model.catalogs_list_products_by_feed_based_filter import CatalogsListProductsByFeedBasedFilter

CatalogsListProductsByFilterRequestOneOf = CatalogsListProductsByFeedBasedFilter

__all__ = ["CatalogsListProductsByFilterRequestOneOf"]
