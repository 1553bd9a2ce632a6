# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``TargetingTemplateResponseData1`` is the original client's name (releases 0.1.9-0.1.12) for
:class:`TargetingTemplateResponseData`, the same class under its current name.
"""

from pinterest_client.model.targeting_template_response_data import TargetingTemplateResponseData

TargetingTemplateResponseData1 = TargetingTemplateResponseData

__all__ = ["TargetingTemplateResponseData1"]
