# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.item_response import ItemResponse


class CatalogsItems(Model):
    """Response object of catalogs items"""

    items: Optional[List[ItemResponse]] = Field("list[ItemResponse]")
    """Array with catalogs items"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            items: Optional[List[ItemResponse]] = ...,
        ) -> None: ...


__all__ = ["CatalogsItems"]
