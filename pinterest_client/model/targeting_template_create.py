# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional, Union

    from pinterest_client.model.placement_group_type import PlacementGroupType, PlacementGroupTypeValue
    from pinterest_client.model.targeting_spec import TargetingSpec
    from pinterest_client.model.targeting_template_keyword import TargetingTemplateKeyword
    from pinterest_client.model.tracking_urls import TrackingUrls


class TargetingTemplateCreate(Model):
    """TargetingTemplateCreate (component schema `TargetingTemplateCreate`)."""

    auto_targeting_enabled: Optional[bool] = Field("bool")
    """Enable auto-targeting for ad group. Also known as ["expanded
    targeting"](https://help.pinterest.com/en/business/article/expanded-targeting).
    """

    keywords: Optional[List[TargetingTemplateKeyword]] = Field("list[TargetingTemplateKeyword]")

    name: str = Field("str", required=True)
    """Name of targeting template."""

    placement_group: Optional[Union[PlacementGroupType, str]] = Field("PlacementGroupType")
    """Campaign placement group type"""

    targeting_attributes: TargetingSpec = Field("TargetingSpec", required=True)
    """Ad group targeting specification defining the ad group target audience. For example, `{"APPTYPE":["iphone"],
    "GENDER":["male"], "LOCALE":["en-US"], "LOCATION":["501"], "MINIMUM_AGE":"18", "MAXIMUM_AGE":"65+"}`
    """

    tracking_urls: Optional[TrackingUrls] = Field("TrackingUrls", nullable=True)
    """Third-party tracking URLs. Up to three tracking URLs - with a max length of 2,000 - are supported for each event
    type. Tracking URLs set at the ad group or ad level can override those set at the campaign level. For more
    information, see [Third-party and dynamic
    tracking](https://help.pinterest.com/en/business/article/third-party-and-dynamic-tracking).
    """

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            auto_targeting_enabled: Optional[bool] = ...,
            keywords: Optional[List[TargetingTemplateKeyword]] = ...,
            name: Optional[str] = ...,
            placement_group: Optional[Union[PlacementGroupType, PlacementGroupTypeValue]] = ...,
            targeting_attributes: Optional[TargetingSpec] = ...,
            tracking_urls: Optional[TrackingUrls] = ...,
        ) -> None: ...


__all__ = ["TargetingTemplateCreate"]
