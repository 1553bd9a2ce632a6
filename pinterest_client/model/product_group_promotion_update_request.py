# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List

    from pinterest_client.model.product_group_promotion import ProductGroupPromotion


class ProductGroupPromotionUpdateRequest(Model):
    """ProductGroupPromotionUpdateRequest"""

    ad_group_id: str = Field("str", required=True, pattern="^(AG)?\\d+$")
    """ID of the ad group the product group belongs to."""

    product_group_promotion: List[ProductGroupPromotion] = Field("list[ProductGroupPromotion]", required=True)
    """product_group_promotion"""

    _positional = ("ad_group_id", "product_group_promotion")

    if TYPE_CHECKING:

        def __init__(
            self,
            ad_group_id: str,
            product_group_promotion: List[ProductGroupPromotion],
        ) -> None: ...


__all__ = ["ProductGroupPromotionUpdateRequest"]
