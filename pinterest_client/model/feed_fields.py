# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``FeedFields`` is the original client's name (releases 0.1.2-0.1.12) for
:class:`CatalogsCreativeAssetsFeedsCreateRequest`, the same class under its current name.
"""

from pinterest_client.model.catalogs_creative_assets_feeds_create_request import (
    CatalogsCreativeAssetsFeedsCreateRequest,
)

FeedFields = CatalogsCreativeAssetsFeedsCreateRequest

__all__ = ["FeedFields"]
