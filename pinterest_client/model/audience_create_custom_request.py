# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional, Union

    from pinterest_client.model.audience_data_party import AudienceDataParty, AudienceDataPartyValue
    from pinterest_client.model.audience_rule import AudienceRule
    from pinterest_client.model.audience_sharing_type import AudienceSharingType, AudienceSharingTypeValue


class AudienceCreateCustomRequest(Model):
    """Deprecated: from Pinterest's spec 5.18.0, no longer in the current spec; kept for code written against the
    original client.
    """

    ad_account_id: Optional[str] = Field("str", pattern="^\\d+$")
    """Ad account ID."""

    name: str = Field("str", required=True)
    """Audience name."""

    rule: AudienceRule = Field("AudienceRule", required=True)
    """JSON object defining targeted audience users. Example rule formats per audience type:
    CUSTOMER_LIST: { "customer_list_id": "<customer list ID>"}
    ACTALIKE: { "seed_id": ["<audience ID>"], "country": "US", "percentage": "10" }
    (Valid countries include: "US", "CA", and "GB". Percentage should be 1-10.
    The targeted audience should be this % size across Pinterest.)
    VISITOR: { "visitor_source_id": ["<conversion tag ID>"], "retention_days": "180", "event_source": {"=": ["web",
    "mobile"]}, "ingestion_source": {"=": ["tag"]}}
    (Retention days should be 1-540. Retention applies to specific customers.)
    ENGAGEMENT: {"engagement_domain": ["www.example.com"], "engager_type": 1}
    Learn more about [engagement
    audiences](https://developers.pinterest.com/docs/work-with-targets-and-audiences/create-audiences/#engagement-audience).
    """

    sharing_type: Union[AudienceSharingType, str] = Field("AudienceSharingType", required=True)
    """Deprecated: from Pinterest's spec 5.18.0, no longer in the current spec; kept for code written against the
    original client.

    Audience sharing type: ["CUSTOM", "SYNDICATED"]
    """

    data_party: Union[AudienceDataParty, str] = Field("AudienceDataParty", required=True)
    """Deprecated: from Pinterest's spec 5.18.0, no longer in the current spec; kept for code written against the
    original client.

    Whether the data is owned by the partner (1p) or by the data provider (3p)
    """

    category: Optional[str] = Field("str")

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            ad_account_id: Optional[str] = ...,
            name: Optional[str] = ...,
            rule: Optional[AudienceRule] = ...,
            sharing_type: Optional[Union[AudienceSharingType, AudienceSharingTypeValue]] = ...,
            data_party: Optional[Union[AudienceDataParty, AudienceDataPartyValue]] = ...,
            category: Optional[str] = ...,
        ) -> None: ...


__all__ = ["AudienceCreateCustomRequest"]
