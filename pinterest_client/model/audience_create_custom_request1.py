# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``AudienceCreateCustomRequest1`` is the original client's name (releases 0.1.6-0.1.12) for
:class:`AudienceCreateCustomRequest`, the same class under its current name.
"""

from pinterest_client.model.audience_create_custom_request import AudienceCreateCustomRequest

AudienceCreateCustomRequest1 = AudienceCreateCustomRequest

__all__ = ["AudienceCreateCustomRequest1"]
