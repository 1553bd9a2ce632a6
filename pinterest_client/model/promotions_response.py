# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.promotion_array_element import PromotionArrayElement


class PromotionsResponse(Model):
    """PromotionsResponse"""

    promotions: Optional[List[PromotionArrayElement]] = Field("list[PromotionArrayElement]")

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            promotions: Optional[List[PromotionArrayElement]] = ...,
        ) -> None: ...


__all__ = ["PromotionsResponse"]
