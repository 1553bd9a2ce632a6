# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import ModelList


class ProductGroupPromotionArrayResponse(ModelList):
    """Deprecated: from Pinterest's spec 5.6.0, no longer in the current spec; kept for code written against the
    original client.

    Product group promotions array.
    """

    _item_type = "ProductGroupPromotionArrayElement"


__all__ = ["ProductGroupPromotionArrayResponse"]
