# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``TargetingTemplateGetResponseData1`` is the original client's name (releases 0.1.9-0.1.12) for
:class:`TargetingTemplateGetResponseData`, the same class under its current name.
"""

from pinterest_client.model.targeting_template_get_response_data import TargetingTemplateGetResponseData

TargetingTemplateGetResponseData1 = TargetingTemplateGetResponseData

__all__ = ["TargetingTemplateGetResponseData1"]
