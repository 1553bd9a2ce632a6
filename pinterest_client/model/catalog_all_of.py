# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``CatalogAllOf`` is the original client's name (releases 0.1.9-0.1.12) for
:class:`Catalog`, the same class under its current name.
"""

from pinterest_client.model.catalog import Catalog

CatalogAllOf = Catalog

__all__ = ["CatalogAllOf"]
