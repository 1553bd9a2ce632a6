# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.conversion_event_app_info import ConversionEventAppInfo
    from pinterest_client.model.conversion_event_device_info import ConversionEventDeviceInfo
    from pinterest_client.model.conversion_events_user_data import ConversionEventsUserData


class ConversionEvents(Model):
    """A list of events (one or more) encapsulated by a data object."""

    data: List[ConversionEventsDataItem] = Field(
        "list[ConversionEventsDataItem]", required=True, max_items=1000, min_items=1
    )

    _positional = ("data",)
    _additional = None

    if TYPE_CHECKING:

        def __init__(
            self,
            data: List[ConversionEventsDataItem],
        ) -> None: ...


class ConversionEventsDataItem(Model):
    """ConversionEventsDataItem (inline schema)."""

    action_source: str = Field("str", required=True)
    """The source indicating where the conversion event occurred.

    - `app_android`
    - `app_ios`
    - `web`
    - `offline`
    """

    app_id: Optional[str] = Field("str", nullable=True)
    """The app store app ID."""

    app_info: Optional[ConversionEventAppInfo] = Field("ConversionEventAppInfo")
    """Object containing information about the application where event occurred."""

    app_name: Optional[str] = Field("str", nullable=True)
    """Name of the app."""

    app_version: Optional[str] = Field("str", nullable=True)
    """Version of the app."""

    custom_data: Optional[ConversionEventsDataItemCustomData] = Field("ConversionEventsDataItemCustomData")
    """Object containing other custom data."""

    device_brand: Optional[str] = Field("str", nullable=True)
    """Brand of the user device."""

    device_carrier: Optional[str] = Field("str", nullable=True)
    """User device's mobile carrier."""

    device_info: Optional[ConversionEventDeviceInfo] = Field("ConversionEventDeviceInfo")
    """Object containing information about the device where event occurred."""

    device_model: Optional[str] = Field("str", nullable=True)
    """Model of the user device."""

    device_type: Optional[str] = Field("str", nullable=True)
    """Type of the user device."""

    event_id: str = Field("str", required=True)
    """A unique id string that identifies this event and can be used for deduping between events ingested via both the
    conversion API and Pinterest tracking. Without this, event's data is likely to be double counted and will cause
    report metric inflation. Third-party vendors make sure this field is updated on both Pinterest tag and
    Conversions API side before rolling out template for Conversions API.
    """

    event_name: str = Field("str", required=True)
    """The type of the user event. Please use the right event_name; otherwise the event will not be accepted and show up
    correctly in reports.

    - `add_payment_info`
    - `add_to_cart`
    - `add_to_wishlist`
    - `app_install`
    - `checkout`
    - `custom`
    - `initiate_checkout`
    - `lead`
    - `page_visit`
    - `search`
    - `signup`
    - `subscribe`
    - `view_category`
    - `view_content`
    - `watch_video`
    """

    event_source_url: Optional[str] = Field("str", nullable=True)
    """URL of the web conversion event."""

    event_time: int = Field("int", required=True)
    """The time when the event happened. Unix timestamp in seconds."""

    language: Optional[str] = Field("str", nullable=True)
    """Two-character ISO-639-1 language code indicating the user's language."""

    opt_out: Optional[bool] = Field("bool")
    """When action_source is web or offline, it defines whether the user has opted out of tracking for web conversion
    events. While when action_source is app_android or app_ios, it defines whether the user has enabled Limit Ad
    Tracking on their iOS device, or opted out of Ads Personalization on their Android device.
    """

    os_version: Optional[str] = Field("str", nullable=True)
    """Version of the device operating system."""

    partner_name: Optional[str] = Field("str", nullable=True)
    """The third party partner name responsible to send the event to Conversions API on behalf of the advertiser. The
    naming convention is "ss-partnername" lowercase. E.g ‘ss-shopify’
    """

    user_data: ConversionEventsUserData = Field("ConversionEventsUserData", required=True)
    """Object containing customer information data. Note, It is required at least one of 1) em, 2) hashed_maids or 3)
    pair client_ip_address + client_user_agent.
    """

    wifi: Optional[bool] = Field("bool")
    """Whether the event occurred when the user device was connected to wifi."""

    _positional = ("action_source", "event_id", "event_name", "event_time", "user_data")
    _additional = None

    if TYPE_CHECKING:

        def __init__(
            self,
            action_source: str,
            event_id: str,
            event_name: str,
            event_time: int,
            user_data: ConversionEventsUserData,
            *,
            app_id: Optional[str] = ...,
            app_info: Optional[ConversionEventAppInfo] = ...,
            app_name: Optional[str] = ...,
            app_version: Optional[str] = ...,
            custom_data: Optional[ConversionEventsDataItemCustomData] = ...,
            device_brand: Optional[str] = ...,
            device_carrier: Optional[str] = ...,
            device_info: Optional[ConversionEventDeviceInfo] = ...,
            device_model: Optional[str] = ...,
            device_type: Optional[str] = ...,
            event_source_url: Optional[str] = ...,
            language: Optional[str] = ...,
            opt_out: Optional[bool] = ...,
            os_version: Optional[str] = ...,
            partner_name: Optional[str] = ...,
            wifi: Optional[bool] = ...,
        ) -> None: ...


class ConversionEventsDataItemCustomData(Model):
    """Object containing other custom data."""

    content_brand: Optional[str] = Field("str", nullable=True)
    """The brand of the content associated with the event."""

    content_category: Optional[str] = Field("str", nullable=True)
    """The category of the content associated with the event."""

    content_ids: Optional[List[str]] = Field("list[str]")
    """List of products IDs. We recommend using this if you are a merchant for PageVisit, AddToCart and Checkouts. For
    detail, please check [here](https://help.pinterest.com/en/business/article/before-you-get-started-with-catalogs)
    (Install the Pinterest tag section).
    """

    content_name: Optional[str] = Field("str", nullable=True)
    """The name of the page or product associated with the event."""

    contents: Optional[List[ConversionEventsDataItemCustomDataContentsItem]] = Field(
        "list[ConversionEventsDataItemCustomDataContentsItem]"
    )
    """A list of objects containing information about products, such as price and quantity. We recommend using this if
    you are a merchant for PageVisit, AddToCart and Checkouts. For detail, please check
    [here](https://help.pinterest.com/en/business/article/before-you-get-started-with-catalogs) (Install the
    Pinterest tag section).
    """

    currency: Optional[str] = Field("str", nullable=True)
    """The ISO-4217 currency code. If not provided, we will default to the advertiser's currency set during account
    creation. Your campaign performance needs this field to report right ROAS/CPA.
    """

    external_measurement_id: Optional[str] = Field("str", nullable=True)
    """Only use when instructed."""

    external_measurement_vendor_id: Optional[int] = Field("int", nullable=True)
    """Only use when instructed."""

    np: Optional[str] = Field("str", nullable=True)
    """Named partner. Not required, this is for Pinterest internal use only. Please do not use this unless specifically
    guided.
    """

    num_items: Optional[int] = Field("int")
    """Total number of products of the event. For example, the total number of items purchased in a checkout event. We
    recommend using this if you are a merchant for AddToCart and Checkouts. For detail, please check
    [here](https://help.pinterest.com/en/business/article/before-you-get-started-with-catalogs) (Install the
    Pinterest tag section).
    """

    opt_out_type: Optional[str] = Field("str", nullable=True)
    """Flags for different privacy rights laws to opt out users of sharing personal information. Separate values with
    commas. See the Help Center article about [limited data
    processing](https://help.pinterest.com/en/business/article/limited-data-processing) and the developer's guide for
    [tracking conversion
    events](https://developers.pinterest.com/docs/track-conversions/track-conversions-in-the-api/#whether-the-user-has-opted-out-of-web-or-offline-conversion-events)
    for help with using this parameter.
    """

    order_id: Optional[str] = Field("str", nullable=True)
    """The order ID. We recommend sending order_id to help us deduplicate events when necessary. This also helps to run
    other measurement products at Pinterest.
    """

    predicted_ltv: Optional[str] = Field("str", nullable=True)
    """Predicted lifetime value of user associated with the event. Accepted as a string in the request; it will be
    parsed into a double.
    """

    search_string: Optional[str] = Field("str", nullable=True)
    """The search string related to the user conversion event."""

    value: Optional[str] = Field("str", nullable=True)
    """Total value of the event. Accepted as a string in the request; it will be parsed into a double. For example, if
    there are two items in a checkout event, the value should be the total price. We recommend to use pre-tax,
    pre-shipping final value.
    """

    _additional = None

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            content_brand: Optional[str] = ...,
            content_category: Optional[str] = ...,
            content_ids: Optional[List[str]] = ...,
            content_name: Optional[str] = ...,
            contents: Optional[List[ConversionEventsDataItemCustomDataContentsItem]] = ...,
            currency: Optional[str] = ...,
            external_measurement_id: Optional[str] = ...,
            external_measurement_vendor_id: Optional[int] = ...,
            np: Optional[str] = ...,
            num_items: Optional[int] = ...,
            opt_out_type: Optional[str] = ...,
            order_id: Optional[str] = ...,
            predicted_ltv: Optional[str] = ...,
            search_string: Optional[str] = ...,
            value: Optional[str] = ...,
        ) -> None: ...


class ConversionEventsDataItemCustomDataContentsItem(Model):
    """ConversionEventsDataItemCustomDataContentsItem (inline schema)."""

    id: Optional[str] = Field("str")
    """The id of a product. We recommend using this if you are a merchant for AddToCart and Checkouts. For detail,
    please check [here](https://help.pinterest.com/en/business/article/before-you-get-started-with-catalogs) (Install
    the Pinterest tag section).
    """

    item_brand: Optional[str] = Field("str")
    """The brand of a product."""

    item_category: Optional[str] = Field("str")
    """The category of a product."""

    item_name: Optional[str] = Field("str")
    """The name of a product."""

    item_price: Optional[str] = Field("str")
    """The price of a product. Accepted as a string in the request; it will be parsed into a double. This is the
    original item value before any discount. We recommend using this if you are a merchant for PageVisit, AddToCart
    and Checkouts. For detail, please check
    [here](https://help.pinterest.com/en/business/article/before-you-get-started-with-catalogs) (Install the
    Pinterest tag section).
    """

    quantity: Optional[int] = Field("int")
    """The amount of a product. We recommend using this if you are a merchant for AddToCart and Checkouts. For detail,
    please check [here](https://help.pinterest.com/en/business/article/before-you-get-started-with-catalogs) (Install
    the Pinterest tag section).
    """

    _additional = None

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: Optional[str] = ...,
            item_brand: Optional[str] = ...,
            item_category: Optional[str] = ...,
            item_name: Optional[str] = ...,
            item_price: Optional[str] = ...,
            quantity: Optional[int] = ...,
        ) -> None: ...


__all__ = [
    "ConversionEvents",
    "ConversionEventsDataItem",
    "ConversionEventsDataItemCustomData",
    "ConversionEventsDataItemCustomDataContentsItem",
]
