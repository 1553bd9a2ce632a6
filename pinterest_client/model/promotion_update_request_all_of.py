# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``PromotionUpdateRequestAllOf`` is the original client's name (releases 0.1.11-0.1.12) for
:class:`PromotionUpdateRequest`, the same class under its current name.
"""

from pinterest_client.model.promotion_update_request import PromotionUpdateRequest

PromotionUpdateRequestAllOf = PromotionUpdateRequest

__all__ = ["PromotionUpdateRequestAllOf"]
