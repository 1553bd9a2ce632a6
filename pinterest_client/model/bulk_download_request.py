# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional, Union

    from pinterest_client.model.bulk_entity_type import BulkEntityType, BulkEntityTypeValue
    from pinterest_client.model.bulk_output_format import BulkOutputFormat, BulkOutputFormatValue
    from pinterest_client.model.campaign_summary_status import CampaignSummaryStatus, CampaignSummaryStatusValue
    from pinterest_client.model.objective_type import ObjectiveType, ObjectiveTypeValue


class BulkDownloadRequest(Model):
    """Ad entities to get in bulk request."""

    campaign_filter: Optional[BulkDownloadRequestCampaignFilter] = Field("BulkDownloadRequestCampaignFilter")

    entity_ids: Optional[List[str]] = Field("list[str]", items={"pattern": "^\\d+$"})
    """All entities specified by these IDs as well as their children and grandchildren will be downloaded if the entity
    type is one of the types requested to be downloaded.
    """

    entity_types: Optional[List[Union[BulkEntityType, str]]] = Field("list[BulkEntityType]", max_items=6, min_items=1)
    """All entity types specified will be downloaded. Fewer types result in faster downloads."""

    output_format: Optional[Union[BulkOutputFormat, str]] = Field("BulkOutputFormat")

    updated_since: Optional[str] = Field("str", pattern="^\\d+$")
    """Unix UTC timestamp to retrieve all entities that have changed since this time."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            campaign_filter: Optional[BulkDownloadRequestCampaignFilter] = ...,
            entity_ids: Optional[List[str]] = ...,
            entity_types: Optional[List[Union[BulkEntityType, BulkEntityTypeValue]]] = ...,
            output_format: Optional[Union[BulkOutputFormat, BulkOutputFormatValue]] = ...,
            updated_since: Optional[str] = ...,
        ) -> None: ...


class BulkDownloadRequestCampaignFilter(Model):
    """BulkDownloadRequestCampaignFilter (inline schema)."""

    campaign_status: Optional[List[Union[CampaignSummaryStatus, str]]] = Field("list[CampaignSummaryStatus]")

    end_time: Optional[str] = Field("str", pattern="^\\d+$")
    """Unix UTC timestamp."""

    name: Optional[str] = Field("str")
    """Campaign name"""

    objective_type: Optional[List[Union[ObjectiveType, str]]] = Field("list[ObjectiveType]")

    start_time: Optional[str] = Field("str", pattern="^\\d+$")
    """Unix UTC timestamp."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            campaign_status: Optional[List[Union[CampaignSummaryStatus, CampaignSummaryStatusValue]]] = ...,
            end_time: Optional[str] = ...,
            name: Optional[str] = ...,
            objective_type: Optional[List[Union[ObjectiveType, ObjectiveTypeValue]]] = ...,
            start_time: Optional[str] = ...,
        ) -> None: ...


__all__ = ["BulkDownloadRequest", "BulkDownloadRequestCampaignFilter"]
