# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``CatalogsProductGroupFeedBasedCase`` is the original client's name (releases 0.1.2-0.1.12) for
:class:`CatalogsRetailProductGroup`, the same class under its current name.
"""

from pinterest_client.model.catalogs_retail_product_group import CatalogsRetailProductGroup

CatalogsProductGroupFeedBasedCase = CatalogsRetailProductGroup

__all__ = ["CatalogsProductGroupFeedBasedCase"]
