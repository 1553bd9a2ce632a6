# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``TargetingSpecSHOPPINGRETARGETING1`` is the original client's name (releases 0.1.2-0.1.12) for
:class:`TargetingSpecShoppingRetargeting`, the same class under its current name.
"""

from pinterest_client.model.targeting_spec_shopping_retargeting import TargetingSpecShoppingRetargeting

TargetingSpecSHOPPINGRETARGETING1 = TargetingSpecShoppingRetargeting

__all__ = ["TargetingSpecSHOPPINGRETARGETING1"]
