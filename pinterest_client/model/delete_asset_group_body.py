# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List


class DeleteAssetGroupBody(Model):
    """Request body used to delete asset groups"""

    asset_groups_to_delete: List[str] = Field(
        "list[str]", required=True, items={"pattern": "^\\d+$"}, max_items=50, min_items=1
    )
    """List of ids of asset groups to be deleted"""

    _positional = ("asset_groups_to_delete",)

    if TYPE_CHECKING:

        def __init__(
            self,
            asset_groups_to_delete: List[str],
        ) -> None: ...


__all__ = ["DeleteAssetGroupBody"]
