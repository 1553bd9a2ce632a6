# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``TargetingSpec1`` is the original client's name (releases 0.1.2-0.1.12) for
:class:`TargetingSpec`, the same class under its current name.
"""

from pinterest_client.model.targeting_spec import TargetingSpec

TargetingSpec1 = TargetingSpec

__all__ = ["TargetingSpec1"]
