# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Any, Dict, List, Optional, Union

    from pinterest_client.model.event_data import EventData
    from pinterest_client.model.objective_type import ObjectiveType, ObjectiveTypeValue


class AudienceRule(Model):
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

    ad_account_id: Optional[str] = Field("str", pattern="^\\d+$")
    """Ad account ID."""

    ad_id: Optional[List[str]] = Field("list[str]", items={"pattern": "^\\d+$"})
    """Ad ID for engagement audience filter."""

    campaign_id: Optional[List[str]] = Field("list[str]", items={"pattern": "^\\d+$"})
    """Campaign ID for engagement audience filter."""

    country: Optional[str] = Field("str")
    """Valid countries include: "US", "CA", and "GB"."""

    customer_list_id: Optional[str] = Field("str", pattern="^\\d+$")
    """Customer list ID. For CUSTOMER_LIST `audience_type`."""

    engagement_domain: Optional[List[str]] = Field("list[str]")
    """The audience account's verified domain. **Required** for ENGAGEMENT `audience_type`."""

    engagement_type: Optional[str] = Field("str")
    """Engagement type enum. Optional for ENGAGEMENT `audience_type`. Supported values are `click`, `save`, `closeup`,
    `comment` and `like`. All engagements are included if this field is not set.
    """

    engager_type: Optional[int] = Field("int")
    """Optional for ENGAGEMENT. Engager type value should be 1-2."""

    event: Optional[str] = Field("str")
    """A Pinterest tag event. Optional for VISITOR `audience_type`. Possible values are `pagevisit`, `signup`,
    `checkout`, `viewcategory`, `search`, `addtocart`, `watchvideo`, `lead`, and `custom`. This field also accepts a
    partner-defined Pinterest tag event.
    """

    event_data: Optional[EventData] = Field("EventData")
    """Optional for VISITOR `audience_type`.
        With the Pinterest tag, you can use event data to capture event details from your website.
        This object lists all the available predefined event data fields in the Pinterest tag.
        You can include these event data fields as part of a VISITOR audience’s `rule`; however, you **must** specify
        an `event` for the `event_data` fields to be evaluated.
        Besides what’s listed, you can also create your own set of `event_data` fields and define their usages or
        purposes according to your website needs.
        However, the benefit of using the predefined event data fields is that we can provide various metrics based
        on those fields' data.
        Examples per `event` type:
        `pagevisit`
        "event_data": { "page_name": "My online store 123 | view items | shoe" }
        `signup`
        "event_data": { "lead_type": "New release promotion" }
        `checkout`
        "event_data": { "value": 116, "order_quantity": 2, "currency": "USD", "line_items": [ { "product_name":
        "Pillows (Set of 2)", "product_id": "11", "product_price": 48, "product_quantity": 1 }, { "product_name":
        "Pillows, Large (Set of 2)", "product_id": "15", "product_price": 68, "product_quantity": 1 } ] }
        `addtocart`
        "event_data": { "value": 499, "order_quantity": 1, "currency": "USD", "line_items": [ { "product_name": "Red
        leather boots", "product_id": "3486", "product_category": "shoe", "product_variant_id": "JB11103000",
        "product_price": 499, "product_quantity": "1", "product_brand": "My brand" }]}
        `watchvideo`
        "event_data": { "video_title": "My Product Video 01" }
        `lead`
        "event_data": { "lead_type": "Newsletter" }
    """

    event_source: Optional[Dict[str, Any]] = Field("dict[any]")
    """Optional for VISITOR. You can use it as a {'=': [value]}. Supported values are: web, mobile, offline"""

    ingestion_source: Optional[Dict[str, Any]] = Field("dict[any]")
    """Optional for VISITOR. You can use it as a {'=': [value]}. Supported values are: tag, mmp, file_upload,
    conversions_api
    """

    objective_type: Optional[List[Union[ObjectiveType, str]]] = Field("list[ObjectiveType]")
    """Objective for engagement audience filter."""

    percentage: Optional[int] = Field("int")
    """Percentage should be 1-10. The targeted audience should be this % size across Pinterest."""

    pin_id: Optional[List[str]] = Field("list[str]", items={"pattern": "^\\d+$"})
    """IDs of engaged organic pins. Optional for ENGAGEMENT `audience_type`. For example, "pin_id:": ["34567"]"""

    prefill: Optional[bool] = Field("bool")
    """Optional for VISITOR `audience_type`. If `true`, the specified rule on existing engagement data is applied to
    pre-populate the audience. If `false`, the audience is empty at creation time. The default is `true`.
    """

    retention_days: Optional[int] = Field("int")
    """Number of days a Pinterest user remains in the audience. Optional for ENGAGEMENT and VISITOR `audience_type`.
    Accepted range is 1-540. Defaults to 180 if not specified.
    """

    seed_id: Optional[List[str]] = Field("list[str]", items={"pattern": "^\\d+$"})
    """Audience ID(s). For ACTALIKE `audience_type`."""

    url: Optional[List[str]] = Field("list[str]")
    """Optional for ENGAGEMENT or VISITOR `audience_type`. For ENGAGEMENT, it is the engaged pin's URL. For VISITOR, you
    can use it as a string or a {operator: value} object for filtering visitors based on conversion tag event URLs.
    Supported operators are [ =, !=, contains, not_contains].
    Example 1:  "url": "http://www.myonlinestore123.com/view_item/shoe"
    Example 2: "url": {"contains": "/view_item/shoe"}
    """

    visitor_source_id: Optional[str] = Field("str", pattern="^\\d+$")
    """The conversion tag ID, or the Pinterest tag ID, that you use on your website. For VISITOR `audience_type`."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            ad_account_id: Optional[str] = ...,
            ad_id: Optional[List[str]] = ...,
            campaign_id: Optional[List[str]] = ...,
            country: Optional[str] = ...,
            customer_list_id: Optional[str] = ...,
            engagement_domain: Optional[List[str]] = ...,
            engagement_type: Optional[str] = ...,
            engager_type: Optional[int] = ...,
            event: Optional[str] = ...,
            event_data: Optional[EventData] = ...,
            event_source: Optional[Dict[str, Any]] = ...,
            ingestion_source: Optional[Dict[str, Any]] = ...,
            objective_type: Optional[List[Union[ObjectiveType, ObjectiveTypeValue]]] = ...,
            percentage: Optional[int] = ...,
            pin_id: Optional[List[str]] = ...,
            prefill: Optional[bool] = ...,
            retention_days: Optional[int] = ...,
            seed_id: Optional[List[str]] = ...,
            url: Optional[List[str]] = ...,
            visitor_source_id: Optional[str] = ...,
        ) -> None: ...


__all__ = ["AudienceRule"]
