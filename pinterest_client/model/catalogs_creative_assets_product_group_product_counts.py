# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class CatalogsCreativeAssetsProductGroupProductCounts(Model):
    """Product counts for a Creative Assets CatalogsProductGroup"""

    catalog_type: str = Field("str", required=True, enum=("CREATIVE_ASSETS",))

    total: float = Field("float", required=True, minimum=0)

    videos: float = Field("float", required=True, minimum=0)

    _positional = ("total", "videos")
    _defaults = {"catalog_type": "CREATIVE_ASSETS"}

    if TYPE_CHECKING:

        def __init__(
            self,
            total: float,
            videos: float,
            *,
            catalog_type: Optional[str] = ...,
        ) -> None: ...


__all__ = ["CatalogsCreativeAssetsProductGroupProductCounts"]
