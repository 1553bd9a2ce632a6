# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, List, Optional, Union

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.campaign_summary_status import CampaignSummaryStatus
    from pinterest_client.model.objective_type import ObjectiveType


class BulkDownloadRequestCampaignFilter(Model):
    """BulkDownloadRequestCampaignFilter (inline schema)."""

    campaign_status: Optional[List[Union[CampaignSummaryStatus, str]]]

    end_time: Optional[str]
    """Unix UTC timestamp."""

    name: Optional[str]
    """Campaign name"""

    objective_type: Optional[List[Union[ObjectiveType, str]]]

    start_time: Optional[str]
    """Unix UTC timestamp."""

    _fields = (
        Field('campaign_status', 'list[CampaignSummaryStatus]'),
        Field('end_time', 'str', pattern='^\\d+$'),
        Field('name', 'str'),
        Field('objective_type', 'list[ObjectiveType]'),
        Field('start_time', 'str', pattern='^\\d+$'),
    )
