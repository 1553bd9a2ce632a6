# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional, Union

    from pinterest_client.model.action_type import ActionType, ActionTypeValue
    from pinterest_client.model.country import Country, CountryValue
    from pinterest_client.model.creative_type import CreativeType, CreativeTypeValue
    from pinterest_client.model.currency import Currency, CurrencyValue
    from pinterest_client.model.objective_type import ObjectiveType, ObjectiveTypeValue
    from pinterest_client.model.optimization_goal_metadata import OptimizationGoalMetadata
    from pinterest_client.model.targeting_spec import TargetingSpec


class BidFloorRequest(Model):
    """BidFloorBody"""

    bid_floor_specs: List[BidFloorRequestBidFloorSpecsItem] = Field(
        "list[BidFloorRequestBidFloorSpecsItem]", required=True
    )
    """bid_floor_specs"""

    targeting_spec: Optional[TargetingSpec] = Field("TargetingSpec")
    """Ad group targeting specification defining the ad group target audience. For example, `{"APPTYPE":["iphone"],
    "GENDER":["male"], "LOCALE":["en-US"], "LOCATION":["501"], "MINIMUM_AGE":"18", "MAXIMUM_AGE":"65+"}`
    """

    _positional = ("bid_floor_specs",)

    if TYPE_CHECKING:

        def __init__(
            self,
            bid_floor_specs: List[BidFloorRequestBidFloorSpecsItem],
            *,
            targeting_spec: Optional[TargetingSpec] = ...,
        ) -> None: ...


class BidFloorRequestBidFloorSpecsItem(Model):
    """BidFloorSpec"""

    billable_event: Union[ActionType, str] = Field("ActionType", required=True)
    """Ad group billable event type. For update, only draft ad groups may update billable event."""

    countries: Optional[List[Union[Country, str]]] = Field("list[Country]")
    """countries"""

    creative_type: Optional[Union[CreativeType, str]] = Field("CreativeType")
    """Ad creative type enum.
    **Note:** SHOP_THE_PIN has been deprecated. Please use COLLECTION instead.
    """

    currency: Union[Currency, str] = Field("Currency", required=True)
    """Currency Codes from ISO 4217"""

    objective_type: Optional[Union[ObjectiveType, str]] = Field("ObjectiveType")
    """Intended result of the campaign.
    You can only update objectives for draft campaigns.
    `WEB_SESSIONS` and `VIDEO_VIEW` objectives are deprecated. We recommend using `VIDEO_COMPLETION` as an
    alternative for the latter.
    """

    optimization_goal_metadata: Optional[OptimizationGoalMetadata] = Field("OptimizationGoalMetadata")

    _positional = ("billable_event", "currency")

    if TYPE_CHECKING:

        def __init__(
            self,
            billable_event: Union[ActionType, ActionTypeValue],
            currency: Union[Currency, CurrencyValue],
            *,
            countries: Optional[List[Union[Country, CountryValue]]] = ...,
            creative_type: Optional[Union[CreativeType, CreativeTypeValue]] = ...,
            objective_type: Optional[Union[ObjectiveType, ObjectiveTypeValue]] = ...,
            optimization_goal_metadata: Optional[OptimizationGoalMetadata] = ...,
        ) -> None: ...


__all__ = ["BidFloorRequest", "BidFloorRequestBidFloorSpecsItem"]
