# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``AudienceCreateRequest1`` is the original client's name (releases 0.1.2-0.1.12) for
:class:`AudienceCreateRequest`, the same class under its current name.
"""

from pinterest_client.model.audience_create_request import AudienceCreateRequest

AudienceCreateRequest1 = AudienceCreateRequest

__all__ = ["AudienceCreateRequest1"]
