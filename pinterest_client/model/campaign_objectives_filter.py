# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional, Union

    from pinterest_client.model.objective_type import ObjectiveType, ObjectiveTypeValue


class CampaignObjectivesFilter(Model):
    """CampaignObjectivesFilter (component schema `CampaignObjectivesFilter`)."""

    campaign_objective_types: Optional[List[Union[ObjectiveType, str]]] = Field(
        "list[ObjectiveType]", max_items=7, min_items=1
    )
    """List of values for filtering. ["WEB_SESSIONS"] in BETA."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            campaign_objective_types: Optional[List[Union[ObjectiveType, ObjectiveTypeValue]]] = ...,
        ) -> None: ...


__all__ = ["CampaignObjectivesFilter"]
