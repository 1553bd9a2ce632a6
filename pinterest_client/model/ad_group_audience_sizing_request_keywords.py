# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``AdGroupAudienceSizingRequestKeywords`` is the original client's name (releases 0.1.9-0.1.12) for
:class:`AdGroupAudienceSizingRequestKeywordsItem`, the same class under its current name.
"""

from pinterest_client.model.ad_group_audience_sizing_request_keywords_item import (
    AdGroupAudienceSizingRequestKeywordsItem,
)

AdGroupAudienceSizingRequestKeywords = AdGroupAudienceSizingRequestKeywordsItem

__all__ = ["AdGroupAudienceSizingRequestKeywords"]
