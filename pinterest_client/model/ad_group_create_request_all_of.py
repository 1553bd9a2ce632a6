# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``AdGroupCreateRequestAllOf`` is the original client's name (releases 0.1.2-0.1.12) for
:class:`AdGroupCreateRequest`, the same class under its current name.
"""

from pinterest_client.model.ad_group_create_request import AdGroupCreateRequest

AdGroupCreateRequestAllOf = AdGroupCreateRequest

__all__ = ["AdGroupCreateRequestAllOf"]
