# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``AdPreviewCreateFromPin`` is the original client's name (releases 0.1.2-0.1.12) for
:class:`AdPreviewRequestAdPreviewCreateFromPin`, the same class under its current name.
"""

from pinterest_client.model.ad_preview_request_ad_preview_create_from_pin import AdPreviewRequestAdPreviewCreateFromPin

AdPreviewCreateFromPin = AdPreviewRequestAdPreviewCreateFromPin

__all__ = ["AdPreviewCreateFromPin"]
