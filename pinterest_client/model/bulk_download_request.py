# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import List, Optional, Union

    from pinterest_client.model.bulk_download_request_campaign_filter import BulkDownloadRequestCampaignFilter
    from pinterest_client.model.bulk_entity_type import BulkEntityType
    from pinterest_client.model.bulk_output_format import BulkOutputFormat


class BulkDownloadRequest(Model):
    """Ad entities to get in bulk request."""

    campaign_filter: Optional[BulkDownloadRequestCampaignFilter]

    entity_ids: Optional[List[str]]
    """All entities specified by these IDs as well as their children and grandchildren will be downloaded if the entity type is one of the types requested to be downloaded."""

    entity_types: Optional[List[Union[BulkEntityType, str]]]
    """All entity types specified will be downloaded. Fewer types result in faster downloads."""

    output_format: Optional[Union[BulkOutputFormat, str]]

    updated_since: Optional[str]
    """Unix UTC timestamp to retrieve all entities that have changed since this time."""

    _spec = (
        ('campaign_filter', 'BulkDownloadRequestCampaignFilter'),
        ('entity_ids', 'list[str]', '', {'items': {'pattern': '^\\d+$'}}),
        ('entity_types', 'list[BulkEntityType]', '', {'max_items': 6, 'min_items': 1}),
        ('output_format', 'BulkOutputFormat'),
        ('updated_since', 'str', '', {'pattern': '^\\d+$'}),
    )
