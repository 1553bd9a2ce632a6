# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional

    from pinterest_client.model.catalogs_updatable_creative_assets_attributes import (
        CatalogsUpdatableCreativeAssetsAttributes,
    )


class CatalogsUpdateCreativeAssetsItem(Model):
    """A creative assets item to be updated."""

    attributes: CatalogsUpdatableCreativeAssetsAttributes = Field(
        "CatalogsUpdatableCreativeAssetsAttributes", required=True
    )

    creative_assets_id: str = Field("str", required=True)
    """The catalog creative assets item id in the merchant namespace"""

    operation: str = Field("str", required=True, enum=("UPDATE",))

    _positional = ("creative_assets_id", "attributes")
    _defaults = {"operation": "UPDATE"}

    if TYPE_CHECKING:

        def __init__(
            self,
            creative_assets_id: str,
            attributes: CatalogsUpdatableCreativeAssetsAttributes,
            *,
            operation: Optional[str] = ...,
        ) -> None: ...


__all__ = ["CatalogsUpdateCreativeAssetsItem"]
