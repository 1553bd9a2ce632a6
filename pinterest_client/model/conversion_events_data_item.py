# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional

    from pinterest_client.model.conversion_event_app_info import ConversionEventAppInfo
    from pinterest_client.model.conversion_event_device_info import ConversionEventDeviceInfo
    from pinterest_client.model.conversion_events_data_item_custom_data import ConversionEventsDataItemCustomData
    from pinterest_client.model.conversion_events_user_data import ConversionEventsUserData


class ConversionEventsDataItem(Model):
    """ConversionEventsDataItem (inline schema)."""

    action_source: str
    """<p>The source indicating where the conversion event occurred.</p>
    - `app_android`
    - `app_ios`
    - `web`
    - `offline`
    """

    app_id: Optional[str]
    """The app store app ID."""

    app_info: Optional[ConversionEventAppInfo]
    """Object containing information about the application where event occurred."""

    app_name: Optional[str]
    """Name of the app."""

    app_version: Optional[str]
    """Version of the app."""

    custom_data: Optional[ConversionEventsDataItemCustomData]
    """Object containing other custom data."""

    device_brand: Optional[str]
    """Brand of the user device."""

    device_carrier: Optional[str]
    """User device's mobile carrier."""

    device_info: Optional[ConversionEventDeviceInfo]
    """Object containing information about the device where event occurred."""

    device_model: Optional[str]
    """Model of the user device."""

    device_type: Optional[str]
    """Type of the user device."""

    event_id: str
    """A unique id string that identifies this event and can be used for deduping between events ingested via both the conversion API and Pinterest tracking. Without this, event's data is likely to be double counted and will cause report metric inflation. Third-party vendors make sure this field is updated on both Pinterest tag and Conversions API side before rolling out template for Conversions API."""

    event_name: str
    """<p>The type of the user event. Please use the right event_name; otherwise the event will not be accepted and show up correctly in reports.</p>

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

    event_source_url: Optional[str]
    """URL of the web conversion event."""

    event_time: int
    """The time when the event happened. Unix timestamp in seconds."""

    language: Optional[str]
    """Two-character ISO-639-1 language code indicating the user's language."""

    opt_out: Optional[bool]
    """When action_source is web or offline, it defines whether the user has opted out of tracking for web conversion events. While when action_source is app_android or app_ios, it defines whether the user has enabled Limit Ad Tracking on their iOS device, or opted out of Ads Personalization on their Android device."""

    os_version: Optional[str]
    """Version of the device operating system."""

    partner_name: Optional[str]
    """The third party partner name responsible to send the event to Conversions API on behalf of the advertiser. The naming convention is "ss-partnername" lowercase. E.g ‘ss-shopify’"""

    user_data: ConversionEventsUserData
    """Object containing customer information data. Note, It is required at least one of 1) em, 2) hashed_maids or 3) pair client_ip_address + client_user_agent."""

    wifi: Optional[bool]
    """Whether the event occurred when the user device was connected to wifi."""

    _spec = (
        ('action_source', 'str', 'required'),
        ('app_id', 'str', 'nullable'),
        ('app_info', 'ConversionEventAppInfo'),
        ('app_name', 'str', 'nullable'),
        ('app_version', 'str', 'nullable'),
        ('custom_data', 'ConversionEventsDataItemCustomData'),
        ('device_brand', 'str', 'nullable'),
        ('device_carrier', 'str', 'nullable'),
        ('device_info', 'ConversionEventDeviceInfo'),
        ('device_model', 'str', 'nullable'),
        ('device_type', 'str', 'nullable'),
        ('event_id', 'str', 'required'),
        ('event_name', 'str', 'required'),
        ('event_source_url', 'str', 'nullable'),
        ('event_time', 'int', 'required'),
        ('language', 'str', 'nullable'),
        ('opt_out', 'bool'),
        ('os_version', 'str', 'nullable'),
        ('partner_name', 'str', 'nullable'),
        ('user_data', 'ConversionEventsUserData', 'required'),
        ('wifi', 'bool'),
    )
    _additional = None
