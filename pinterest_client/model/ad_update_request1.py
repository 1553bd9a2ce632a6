# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``AdUpdateRequest1`` is the original client's name (releases 0.1.2-0.1.12) for
:class:`AdUpdateRequest`, the same class under its current name.
"""

from pinterest_client.model.ad_update_request import AdUpdateRequest

AdUpdateRequest1 = AdUpdateRequest

__all__ = ["AdUpdateRequest1"]
