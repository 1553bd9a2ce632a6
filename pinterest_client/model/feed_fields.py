# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from typing import Any

from pinterest_client._types import Field
from pinterest_client.model.catalogs_creative_assets_feeds_create_request import (
    CatalogsCreativeAssetsFeedsCreateRequest,
)


class FeedFields(CatalogsCreativeAssetsFeedsCreateRequest):
    """Deprecated: the original client's ``FeedFields`` (releases 0.1.2-0.1.12):
    :class:`CatalogsCreativeAssetsFeedsCreateRequest` plus the
    properties it had then (default_availability), kept so that code setting them still runs.
    """

    default_availability: Any = Field("any")


__all__ = ["FeedFields"]
