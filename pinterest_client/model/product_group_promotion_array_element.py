# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional

    from pinterest_client.model.exception import Exception
    from pinterest_client.model.product_group_promotion import ProductGroupPromotion


class ProductGroupPromotionArrayElement(Model):
    """Deprecated: from Pinterest's spec 5.6.0, no longer in the current spec; kept for code written against the
    original client.

    ProductGroupPromotionArrayElement
    """

    data: Optional[ProductGroupPromotion] = Field("ProductGroupPromotion")
    """ProductGroupPromotion"""

    exceptions: Optional[Exception] = Field("Exception")
    """Generic exception class to be used within schemas"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            data: Optional[ProductGroupPromotion] = ...,
            exceptions: Optional[Exception] = ...,
        ) -> None: ...


__all__ = ["ProductGroupPromotionArrayElement"]
