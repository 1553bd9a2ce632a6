# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional, Union

    from pinterest_client.model.currency import Currency, CurrencyValue
    from pinterest_client.model.line_item import LineItem


class EventData(Model):
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

    currency: Optional[Union[Currency, str]] = Field("Currency")
    """Currency. For example, 'USD'."""

    lead_type: Optional[str] = Field("str")
    """Promotion code. For example, 'Newsletter'."""

    line_items: Optional[LineItem] = Field("LineItem")
    """LineItem"""

    order_id: Optional[str] = Field("str")
    """Order ID. For example, 'X-151481'."""

    order_quantity: Optional[int] = Field("int")
    """Order quantity. For example, 1."""

    page_name: Optional[str] = Field("str")
    """Page name. For example, 'Our Favorite Pins on Pinterest'."""

    promo_code: Optional[str] = Field("str")
    """Promotion code. For example, 'WINTER10'."""

    _property: Optional[str] = Field("str", wire="property")
    """Property. For example, 'Athleta'."""

    search_query: Optional[str] = Field("str")
    """Search query string. For example, 'boots'."""

    value: Optional[str] = Field("str")
    """Product value. For example, '199.98'."""

    video_title: Optional[str] = Field("str")
    """Video title. For example, 'How to style your Parker Boots'."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            currency: Optional[Union[Currency, CurrencyValue]] = ...,
            lead_type: Optional[str] = ...,
            line_items: Optional[LineItem] = ...,
            order_id: Optional[str] = ...,
            order_quantity: Optional[int] = ...,
            page_name: Optional[str] = ...,
            promo_code: Optional[str] = ...,
            _property: Optional[str] = ...,
            search_query: Optional[str] = ...,
            value: Optional[str] = ...,
            video_title: Optional[str] = ...,
        ) -> None: ...


__all__ = ["EventData"]
