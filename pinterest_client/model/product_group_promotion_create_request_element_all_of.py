# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``ProductGroupPromotionCreateRequestElementAllOf`` is the original client's name (releases 0.1.9-0.1.12)
for
:class:`ProductGroupPromotionCreateRequestElement`, the same class under its current name.
"""

from pinterest_client.model.product_group_promotion_create_request_element import (
    ProductGroupPromotionCreateRequestElement,
)

ProductGroupPromotionCreateRequestElementAllOf = ProductGroupPromotionCreateRequestElement

__all__ = ["ProductGroupPromotionCreateRequestElementAllOf"]
