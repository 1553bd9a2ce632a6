# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``BusinessSharedAudience1`` is the original client's name (releases 0.1.9-0.1.12) for
:class:`BusinessSharedAudience`, the same class under its current name.
"""

from pinterest_client.model.business_shared_audience import BusinessSharedAudience

BusinessSharedAudience1 = BusinessSharedAudience

__all__ = ["BusinessSharedAudience1"]
