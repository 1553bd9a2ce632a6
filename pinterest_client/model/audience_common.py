# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional

    from pinterest_client.model.audience_rule import AudienceRule


class AudienceCommon(Model):
    """AudienceCommon"""

    ad_account_id: Optional[str] = Field("str", pattern="^\\d+$")
    """Ad account ID."""

    name: Optional[str] = Field("str")
    """Audience name."""

    rule: Optional[AudienceRule] = Field("AudienceRule")
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

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            ad_account_id: Optional[str] = ...,
            name: Optional[str] = ...,
            rule: Optional[AudienceRule] = ...,
        ) -> None: ...


__all__ = ["AudienceCommon"]
