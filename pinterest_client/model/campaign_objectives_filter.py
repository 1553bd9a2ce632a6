# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, List, Optional, Union

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.objective_type import ObjectiveType


class CampaignObjectivesFilter(Model):
    """CampaignObjectivesFilter (component schema `CampaignObjectivesFilter`)."""

    campaign_objective_types: Optional[List[Union[ObjectiveType, str]]]
    """List of values for filtering. ["WEB_SESSIONS"] in BETA."""

    _fields = (
        Field('campaign_objective_types', 'list[ObjectiveType]', max_items=7, min_items=1),
    )
