# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.product_group_promotion_response_item import ProductGroupPromotionResponseItem


class ProductGroupPromotionResponse(Model):
    """ProductGroupPromotionResponse"""

    items: Optional[List[ProductGroupPromotionResponseItem]] = Field("list[ProductGroupPromotionResponseItem]")

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            items: Optional[List[ProductGroupPromotionResponseItem]] = ...,
        ) -> None: ...


__all__ = ["ProductGroupPromotionResponse"]
