# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``SharedAudience1`` is the original client's name (releases 0.1.9-0.1.12) for
:class:`SharedAudience`, the same class under its current name.
"""

from pinterest_client.model.shared_audience import SharedAudience

SharedAudience1 = SharedAudience

__all__ = ["SharedAudience1"]
