# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, List, Optional

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.product_group_promotion import ProductGroupPromotion


class ProductGroupPromotionsListResponse(Model):
    """ProductGroupPromotionsListResponse (inline schema)."""

    bookmark: Optional[str]

    items: List[ProductGroupPromotion]

    _fields = (
        Field('bookmark', 'str', nullable=True),
        Field('items', 'list[ProductGroupPromotion]', required=True),
    )
