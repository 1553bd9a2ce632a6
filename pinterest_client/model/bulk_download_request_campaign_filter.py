# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import List, Optional, Union

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

    _spec = (
        ('campaign_status', 'list[CampaignSummaryStatus]'),
        ('end_time', 'str', '', {'pattern': '^\\d+$'}),
        ('name', 'str'),
        ('objective_type', 'list[ObjectiveType]'),
        ('start_time', 'str', '', {'pattern': '^\\d+$'}),
    )
