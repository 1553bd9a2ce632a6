# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``CatalogsCreativeAssetsAttributesAllOf`` is the original client's name (releases 0.1.9-0.1.12) for
:class:`CatalogsCreativeAssetsAttributes`, the same class under its current name.
"""

from pinterest_client.model.catalogs_creative_assets_attributes import CatalogsCreativeAssetsAttributes

CatalogsCreativeAssetsAttributesAllOf = CatalogsCreativeAssetsAttributes

__all__ = ["CatalogsCreativeAssetsAttributesAllOf"]
