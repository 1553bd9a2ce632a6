# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional


class TargetingTypeFilter(Model):
    """TargetingTypeFilter (component schema `TargetingTypeFilter`)."""

    targeting_types: Optional[List[str]] = Field(
        "list[str]",
        items={
            "enum": (
                "KEYWORD",
                "APPTYPE",
                "GENDER",
                "LOCATION",
                "PLACEMENT",
                "COUNTRY",
                "TARGETED_INTEREST",
                "PINNER_INTEREST",
                "AUDIENCE_INCLUDE",
                "GEO",
                "AGE_BUCKET",
                "REGION",
                "MEDIA_TYPE",
                "AGE_BUCKET_AND_GENDER",
                "AUDIENCE_MULTIPLIER",
                "CREATIVE_ENHANCEMENTS",
                "LOCAL_ADS_STORE_CODE",
            )
        },
        max_items=5,
        min_items=1,
    )
    """List of targeting types. Requires `level` to be a value ending in `_TARGETING`. ["AUDIENCE_MULTIPLIER"] is only
    available in CAMPAIGN_TARGETING level. ["MEDIA_TYPE"] is only available in PRODUCT_ITEM_TARGETING level.
    ["AGE_BUCKET_AND_GENDER"] is in BETA and not yet available to all users.
    """

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            targeting_types: Optional[List[str]] = ...,
        ) -> None: ...


__all__ = ["TargetingTypeFilter"]
