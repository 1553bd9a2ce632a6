# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``LeadSubscriptionPostParamsCreateAllOf`` is the original client's name (releases 0.1.11-0.1.12) for
:class:`LeadSubscriptionPostParamsCreate`, the same class under its current name.
"""

from pinterest_client.model.lead_subscription_post_params_create import LeadSubscriptionPostParamsCreate

LeadSubscriptionPostParamsCreateAllOf = LeadSubscriptionPostParamsCreate

__all__ = ["LeadSubscriptionPostParamsCreateAllOf"]
