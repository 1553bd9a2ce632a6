# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class CatalogsDeleteCreativeAssetsItem(Model):
    """A creative assets item to be deleted"""

    creative_assets_id: str = Field("str", required=True)
    """The catalog creative assets id in the merchant namespace"""

    operation: str = Field("str", required=True, enum=("DELETE",))

    _positional = ("creative_assets_id",)
    _defaults = {"operation": "DELETE"}

    if TYPE_CHECKING:

        def __init__(
            self,
            creative_assets_id: str,
            *,
            operation: Optional[str] = ...,
        ) -> None: ...


__all__ = ["CatalogsDeleteCreativeAssetsItem"]
