# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``AudienceUpdateRequest1`` is the original client's name (releases 0.1.2-0.1.12) for
:class:`AudienceUpdateRequest`, the same class under its current name.
"""

from pinterest_client.model.audience_update_request import AudienceUpdateRequest

AudienceUpdateRequest1 = AudienceUpdateRequest

__all__ = ["AudienceUpdateRequest1"]
