# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.conversion_events_data_item_custom_data_contents_item import (
        ConversionEventsDataItemCustomDataContentsItem,
    )


class ConversionEventsDataItemCustomData(Model):
    """Object containing other custom data."""

    content_brand: Optional[str]
    """The brand of the content associated with the event."""

    content_category: Optional[str]
    """The category of the content associated with the event."""

    content_ids: Optional[List[str]]
    """List of products IDs. We recommend using this if you are a merchant for PageVisit, AddToCart and Checkouts. For detail, please check <a href="https://help.pinterest.com/en/business/article/before-you-get-started-with-catalogs" target="_blank">here</a> (Install the Pinterest tag section)."""

    content_name: Optional[str]
    """The name of the page or product associated with the event."""

    contents: Optional[List[ConversionEventsDataItemCustomDataContentsItem]]
    """A list of objects containing information about products, such as price and quantity. We recommend using this if you are a merchant for PageVisit, AddToCart and Checkouts. For detail, please check <a href="https://help.pinterest.com/en/business/article/before-you-get-started-with-catalogs" target="_blank">here</a> (Install the Pinterest tag section)."""

    currency: Optional[str]
    """The ISO-4217 currency code. If not provided, we will default to the advertiser's currency set during account creation. Your campaign performance needs this field to report right ROAS/CPA."""

    external_measurement_id: Optional[str]
    """Only use when instructed."""

    external_measurement_vendor_id: Optional[int]
    """Only use when instructed."""

    np: Optional[str]
    """Named partner. Not required, this is for Pinterest internal use only. Please do not use this unless specifically guided."""

    num_items: Optional[int]
    """Total number of products of the event. For example, the total number of items purchased in a checkout event. We recommend using this if you are a merchant for AddToCart and Checkouts. For detail, please check <a href="https://help.pinterest.com/en/business/article/before-you-get-started-with-catalogs" target="_blank">here</a> (Install the Pinterest tag section)."""

    opt_out_type: Optional[str]
    """Flags for different privacy rights laws to opt out users of sharing personal information. Separate values with commas. See the Help Center article about <a href="https://help.pinterest.com/en/business/article/limited-data-processing" target="_blank">limited data processing</a> and the developer's guide for <a href="/docs/track-conversions/track-conversions-in-the-api/#whether-the-user-has-opted-out-of-web-or-offline-conversion-events" target="_blank">tracking conversion events</a> for help with using this parameter."""

    order_id: Optional[str]
    """The order ID. We recommend sending order_id to help us deduplicate events when necessary. This also helps to run other measurement products at Pinterest."""

    predicted_ltv: Optional[str]
    """Predicted lifetime value of user associated with the event. Accepted as a string in the request; it will be parsed into a double."""

    search_string: Optional[str]
    """The search string related to the user conversion event."""

    value: Optional[str]
    """Total value of the event. Accepted as a string in the request; it will be parsed into a double. For example, if there are two items in a checkout event, the value should be the total price. We recommend to use pre-tax, pre-shipping final value."""

    _spec = (
        ('content_brand', 'str', 'nullable'),
        ('content_category', 'str', 'nullable'),
        ('content_ids', 'list[str]'),
        ('content_name', 'str', 'nullable'),
        ('contents', 'list[ConversionEventsDataItemCustomDataContentsItem]'),
        ('currency', 'str', 'nullable'),
        ('external_measurement_id', 'str', 'nullable'),
        ('external_measurement_vendor_id', 'int', 'nullable'),
        ('np', 'str', 'nullable'),
        ('num_items', 'int'),
        ('opt_out_type', 'str', 'nullable'),
        ('order_id', 'str', 'nullable'),
        ('predicted_ltv', 'str', 'nullable'),
        ('search_string', 'str', 'nullable'),
        ('value', 'str', 'nullable'),
    )
    _additional = None
