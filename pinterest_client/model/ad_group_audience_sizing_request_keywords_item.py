# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from pinterest_client.model.ad_group_audience_sizing_request import (
    AdGroupAudienceSizingRequestKeywordsItem as AdGroupAudienceSizingRequestKeywordsItem,
)

__all__ = ["AdGroupAudienceSizingRequestKeywordsItem"]
