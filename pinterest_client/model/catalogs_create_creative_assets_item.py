# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional

    from pinterest_client.model.catalogs_creative_assets_attributes import CatalogsCreativeAssetsAttributes


class CatalogsCreateCreativeAssetsItem(Model):
    """A creative assets item to be created."""

    attributes: CatalogsCreativeAssetsAttributes = Field("CatalogsCreativeAssetsAttributes", required=True)

    creative_assets_id: str = Field("str", required=True)
    """The catalog creative assets id in the merchant namespace"""

    operation: str = Field("str", required=True, enum=("CREATE",))

    _positional = ("creative_assets_id", "attributes")
    _defaults = {"operation": "CREATE"}

    if TYPE_CHECKING:

        def __init__(
            self,
            creative_assets_id: str,
            attributes: CatalogsCreativeAssetsAttributes,
            *,
            operation: Optional[str] = ...,
        ) -> None: ...


__all__ = ["CatalogsCreateCreativeAssetsItem"]
