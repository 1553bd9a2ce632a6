# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, List, Optional

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.item_response import ItemResponse


class CatalogsItems(Model):
    """Response object of catalogs items"""

    items: Optional[List[ItemResponse]]
    """Array with catalogs items"""

    _fields = (
        Field('items', 'list[ItemResponse]'),
    )
