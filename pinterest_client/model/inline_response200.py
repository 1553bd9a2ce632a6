# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``InlineResponse200`` is the original client's name (releases 0.1.11-0.1.12) for
:class:`AdAccountsSubscriptionsGetListResponse`, the same class under its current name.
"""

from pinterest_client.model.ad_accounts_subscriptions_get_list_response import AdAccountsSubscriptionsGetListResponse

InlineResponse200 = AdAccountsSubscriptionsGetListResponse

__all__ = ["InlineResponse200"]
