# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``AdGroupUpdateRequestAllOf`` is the original client's name (releases 0.1.2-0.1.12) for
:class:`AdGroupUpdateRequest`, the same class under its current name.
"""

from pinterest_client.model.ad_group_update_request import AdGroupUpdateRequest

AdGroupUpdateRequestAllOf = AdGroupUpdateRequest

__all__ = ["AdGroupUpdateRequestAllOf"]
