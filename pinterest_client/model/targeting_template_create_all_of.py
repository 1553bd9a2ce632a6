# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``TargetingTemplateCreateAllOf`` is the original client's name (releases 0.1.9-0.1.12) for
:class:`TargetingTemplateCreate`, the same class under its current name.
"""

from pinterest_client.model.targeting_template_create import TargetingTemplateCreate

TargetingTemplateCreateAllOf = TargetingTemplateCreate

__all__ = ["TargetingTemplateCreateAllOf"]
