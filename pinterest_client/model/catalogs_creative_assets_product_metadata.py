# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Union

    from pinterest_client.model.creative_assets_visibility_type import (
        CreativeAssetsVisibilityType,
        CreativeAssetsVisibilityTypeValue,
    )


class CatalogsCreativeAssetsProductMetadata(Model):
    """Creative assets product metadata entity"""

    creative_assets_id: str = Field("str", required=True)
    """The user-created unique ID that represents the creative assets item."""

    visibility: Union[CreativeAssetsVisibilityType, str] = Field("CreativeAssetsVisibilityType", required=True)
    """Creative assets visibility."""

    _positional = ("creative_assets_id", "visibility")

    if TYPE_CHECKING:

        def __init__(
            self,
            creative_assets_id: str,
            visibility: Union[CreativeAssetsVisibilityType, CreativeAssetsVisibilityTypeValue],
        ) -> None: ...


__all__ = ["CatalogsCreativeAssetsProductMetadata"]
