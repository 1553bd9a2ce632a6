# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from pinterest_client.model.ad_account_create_subscription_request import (
    AdAccountCreateSubscriptionRequestPartnerMetadata as AdAccountCreateSubscriptionRequestPartnerMetadata,
)

__all__ = ["AdAccountCreateSubscriptionRequestPartnerMetadata"]
