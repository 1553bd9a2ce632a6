# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional, Union

    from pinterest_client.model.match_type_response import MatchTypeResponse, MatchTypeResponseValue
    from pinterest_client.model.placement_group_type import PlacementGroupType, PlacementGroupTypeValue
    from pinterest_client.model.targeting_spec import TargetingSpec


class AdGroupAudienceSizingRequest(Model):
    """AdGroupAudienceSizingRequest (component schema `AdGroupAudienceSizingRequest`)."""

    auto_targeting_enabled: Optional[bool] = Field("bool")
    """Enable auto-targeting for ad group. Default value is True. Also known as ["Pinterest Performance+
    targeting"](https://help.pinterest.com/en/business/article/performance-plus-targeting).
    """

    creative_types: Optional[List[str]] = Field(
        "list[str]",
        nullable=True,
        items={"enum": ("REGULAR", "VIDEO", "SHOPPING", "CAROUSEL", "MAX_VIDEO", "SHOP_THE_PIN", "COLLECTION", "IDEA")},
    )
    """Pin creative types filter.

    **Note:** SHOP_THE_PIN has been deprecated. Please use COLLECTION instead.
    """

    keywords: Optional[List[AdGroupAudienceSizingRequestKeywordsItem]] = Field(
        "list[AdGroupAudienceSizingRequestKeywordsItem]", nullable=True
    )
    """Array of keyword objects. If the keywords field is missing, all keywords will be targeted."""

    placement_group: Optional[Union[PlacementGroupType, str]] = Field("PlacementGroupType")
    """[Placement group](https://developers.pinterest.com/docs/redoc/#section/Placement-group)."""

    product_group_ids: Optional[List[str]] = Field("list[str]", nullable=True, items={"pattern": "^\\d+$"})
    """Targeted product group IDs.

    **Note:** This can only be combined with shopping/catalog sales campaigns. For more information, [click
    here](https://help.pinterest.com/en/business/article/shopping-ads#section-14571). SHOPPING_RETARGETING must be
    included in targeting_spec object or this field will be ignored.
    """

    targeting_spec: Optional[TargetingSpec] = Field("TargetingSpec")
    """Ad group targeting specification defining the ad group target audience. For example, `{"APPTYPE":["iphone"],
    "GENDER":["male"], "LOCALE":["en-US"], "LOCATION":["501"], "MINIMUM_AGE":"18", "MAXIMUM_AGE":"65+"}`
    """

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            auto_targeting_enabled: Optional[bool] = ...,
            creative_types: Optional[List[str]] = ...,
            keywords: Optional[List[AdGroupAudienceSizingRequestKeywordsItem]] = ...,
            placement_group: Optional[Union[PlacementGroupType, PlacementGroupTypeValue]] = ...,
            product_group_ids: Optional[List[str]] = ...,
            targeting_spec: Optional[TargetingSpec] = ...,
        ) -> None: ...


class AdGroupAudienceSizingRequestKeywordsItem(Model):
    """AdGroupAudienceSizingRequestKeywordsItem (inline schema)."""

    match_type: Optional[Union[MatchTypeResponse, str]] = Field("MatchTypeResponse", required=True, nullable=True)
    """Keyword match type"""

    value: str = Field("str", required=True)
    """Keyword value (120 chars max)."""

    _positional = ("match_type", "value")

    if TYPE_CHECKING:

        def __init__(
            self,
            match_type: Optional[Union[MatchTypeResponse, MatchTypeResponseValue]],
            value: str,
        ) -> None: ...


__all__ = ["AdGroupAudienceSizingRequest", "AdGroupAudienceSizingRequestKeywordsItem"]
