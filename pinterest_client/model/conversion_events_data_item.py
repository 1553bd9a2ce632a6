# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
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

    _fields = (
        Field('action_source', 'str', required=True),
        Field('app_id', 'str', nullable=True),
        Field('app_info', 'ConversionEventAppInfo'),
        Field('app_name', 'str', nullable=True),
        Field('app_version', 'str', nullable=True),
        Field('custom_data', 'ConversionEventsDataItemCustomData'),
        Field('device_brand', 'str', nullable=True),
        Field('device_carrier', 'str', nullable=True),
        Field('device_info', 'ConversionEventDeviceInfo'),
        Field('device_model', 'str', nullable=True),
        Field('device_type', 'str', nullable=True),
        Field('event_id', 'str', required=True),
        Field('event_name', 'str', required=True),
        Field('event_source_url', 'str', nullable=True),
        Field('event_time', 'int', required=True),
        Field('language', 'str', nullable=True),
        Field('opt_out', 'bool'),
        Field('os_version', 'str', nullable=True),
        Field('partner_name', 'str', nullable=True),
        Field('user_data', 'ConversionEventsUserData', required=True),
        Field('wifi', 'bool'),
    )
    _additional = None
