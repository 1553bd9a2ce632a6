# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import List, Optional, Union

    from pinterest_client.model.action_type import ActionType
    from pinterest_client.model.country import Country
    from pinterest_client.model.creative_type import CreativeType
    from pinterest_client.model.currency import Currency
    from pinterest_client.model.objective_type import ObjectiveType
    from pinterest_client.model.optimization_goal_metadata import OptimizationGoalMetadata


class BidFloorRequestBidFloorSpecsItem(Model):
    """BidFloorSpec"""

    billable_event: Union[ActionType, str]
    """Ad group billable event type. For update, only draft ad groups may update billable event."""

    countries: Optional[List[Union[Country, str]]]
    """countries"""

    creative_type: Optional[Union[CreativeType, str]]
    """Ad creative type enum.
    **Note:** SHOP_THE_PIN has been deprecated. Please use COLLECTION instead.
    """

    currency: Union[Currency, str]
    """Currency Codes from ISO 4217"""

    objective_type: Optional[Union[ObjectiveType, str]]
    """Intended result of the campaign.
    You can only update objectives for draft campaigns.
    `WEB_SESSIONS` and `VIDEO_VIEW` objectives are deprecated. We recommend using `VIDEO_COMPLETION` as an alternative for the latter.
    """

    optimization_goal_metadata: Optional[OptimizationGoalMetadata]

    _spec = (
        ('billable_event', 'ActionType', 'required'),
        ('countries', 'list[Country]'),
        ('creative_type', 'CreativeType'),
        ('currency', 'Currency', 'required'),
        ('objective_type', 'ObjectiveType'),
        ('optimization_goal_metadata', 'OptimizationGoalMetadata'),
    )
