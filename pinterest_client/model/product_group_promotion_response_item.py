# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.exception import Exception
    from pinterest_client.model.product_group_promotion import ProductGroupPromotion


class ProductGroupPromotionResponseItem(Model):
    """ProductGroupPromotionResponseItem"""

    data: Optional[ProductGroupPromotion] = Field("ProductGroupPromotion")
    """ProductGroupPromotion"""

    exceptions: Optional[List[Exception]] = Field("list[Exception]", nullable=True)

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            data: Optional[ProductGroupPromotion] = ...,
            exceptions: Optional[List[Exception]] = ...,
        ) -> None: ...


__all__ = ["ProductGroupPromotionResponseItem"]
