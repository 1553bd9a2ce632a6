# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``AdPreviewShopping`` is the original client's name (releases 0.1.11-0.1.12) for
:class:`AdPreviewRequestAdPreviewShopping`, the same class under its current name.
"""

from pinterest_client.model.ad_preview_request_ad_preview_shopping import AdPreviewRequestAdPreviewShopping

AdPreviewShopping = AdPreviewRequestAdPreviewShopping

__all__ = ["AdPreviewShopping"]
