# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``PromotionResponseAllOf`` is the original client's name (releases 0.1.11-0.1.12) for
:class:`PromotionResponse`, the same class under its current name.
"""

from pinterest_client.model.promotion_response import PromotionResponse

PromotionResponseAllOf = PromotionResponse

__all__ = ["PromotionResponseAllOf"]
