# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model.promotion_common import PromotionCommon

PromotionCreateRequest = PromotionCommon
"""PromotionCreateRequest (component schema `PromotionCreateRequest`)."""
