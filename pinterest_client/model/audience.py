# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional

    from pinterest_client.model.audience_rule import AudienceRule


class Audience(Model):
    """Audience"""

    ad_account_id: Optional[str] = Field("str", pattern="^\\d+$")
    """Ad account ID."""

    audience_type: Optional[str] = Field("str")
    """[Audience types](https://developers.pinterest.com/docs/reference/glossary/#Audience Types): ACTALIKE, ENGAGEMENT,
    CUSTOMER_LIST and VISITOR
    """

    created_by_company_name: Optional[str] = Field("str", nullable=True)
    """The company that created this audience."""

    created_timestamp: Optional[int] = Field("int", nullable=True)
    """Creation time. Unix timestamp in seconds."""

    description: Optional[str] = Field("str", nullable=True)
    """Audience description."""

    id: Optional[str] = Field("str", pattern="^\\d+$")
    """Audience ID."""

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

    size: Optional[int] = Field("int", nullable=True)
    """Audience size."""

    status: Optional[str] = Field("str")
    """Audience status. READY, INITIALIZING, TOO_SMALL - Each audience list needs to have at least 100 people with
    Pinterest accounts before you can start using it.
    """

    type: Optional[str] = Field("str")
    """Always "audience"."""

    updated_timestamp: Optional[int] = Field("int", nullable=True)
    """Last update time. Unix timestamp in seconds."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            ad_account_id: Optional[str] = ...,
            audience_type: Optional[str] = ...,
            created_by_company_name: Optional[str] = ...,
            created_timestamp: Optional[int] = ...,
            description: Optional[str] = ...,
            id: Optional[str] = ...,
            name: Optional[str] = ...,
            rule: Optional[AudienceRule] = ...,
            size: Optional[int] = ...,
            status: Optional[str] = ...,
            type: Optional[str] = ...,
            updated_timestamp: Optional[int] = ...,
        ) -> None: ...


__all__ = ["Audience"]
