# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, List

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.product_group_promotion import ProductGroupPromotion


class ProductGroupPromotionUpdateRequest(Model):
    """ProductGroupPromotionUpdateRequest"""

    ad_group_id: str
    """ID of the ad group the product group belongs to."""

    product_group_promotion: List[ProductGroupPromotion]
    """product_group_promotion"""

    _fields = (
        Field('ad_group_id', 'str', required=True, pattern='^(AG)?\\d+$'),
        Field('product_group_promotion', 'list[ProductGroupPromotion]', required=True),
    )
