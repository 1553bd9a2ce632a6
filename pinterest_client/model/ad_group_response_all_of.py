# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``AdGroupResponseAllOf`` is the original client's name (releases 0.1.2-0.1.12) for
:class:`AdGroupResponse`, the same class under its current name.
"""

from pinterest_client.model.ad_group_response import AdGroupResponse

AdGroupResponseAllOf = AdGroupResponse

__all__ = ["AdGroupResponseAllOf"]
