# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``ProductTag`` is the original client's name (releases 0.1.11-0.1.12) for
:class:`AdPinId`, the same class under its current name.
"""

from pinterest_client.model.ad_pin_id import AdPinId

ProductTag = AdPinId

__all__ = ["ProductTag"]
