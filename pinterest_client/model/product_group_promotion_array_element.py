# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from pinterest_client.model._p import ProductGroupPromotionArrayElement as ProductGroupPromotionArrayElement

__all__ = ["ProductGroupPromotionArrayElement"]
