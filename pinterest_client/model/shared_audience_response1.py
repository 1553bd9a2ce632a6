# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``SharedAudienceResponse1`` is the original client's name (releases 0.1.9-0.1.12) for
:class:`SharedAudienceResponse`, the same class under its current name.
"""

from pinterest_client.model.shared_audience_response import SharedAudienceResponse

SharedAudienceResponse1 = SharedAudienceResponse

__all__ = ["SharedAudienceResponse1"]
