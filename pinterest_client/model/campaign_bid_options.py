# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from pinterest_client.model._c import CampaignBidOptions as CampaignBidOptions

__all__ = ["CampaignBidOptions"]
