# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import FloatEnum


class ProductCategoryDetailLookbackWindow(FloatEnum):
    """ProductCategoryDetailLookbackWindow (component schema `ProductCategoryDetailLookbackWindow`)."""

    N90 = 90
    N180 = 180
    N365 = 365
    N730 = 730


__all__ = ["ProductCategoryDetailLookbackWindow"]
