# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``BusinessSharedAudienceResponse1`` is the original client's name (releases 0.1.9-0.1.12) for
:class:`BusinessSharedAudienceResponse`, the same class under its current name.
"""

from pinterest_client.model.business_shared_audience_response import BusinessSharedAudienceResponse

BusinessSharedAudienceResponse1 = BusinessSharedAudienceResponse

__all__ = ["BusinessSharedAudienceResponse1"]
