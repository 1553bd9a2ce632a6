# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``AdAccountGetSubscriptionResponseAllOf1`` is the original client's name (releases 0.1.9-0.1.12) for
:class:`AdAccountGetSubscriptionResponse`, the same class under its current name.
"""

from pinterest_client.model.ad_account_get_subscription_response import AdAccountGetSubscriptionResponse

AdAccountGetSubscriptionResponseAllOf1 = AdAccountGetSubscriptionResponse

__all__ = ["AdAccountGetSubscriptionResponseAllOf1"]
