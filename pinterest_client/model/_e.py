# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""The model classes whose names start with 'E': one module per initial, so that loading
every model takes a few dozen imports rather than a thousand. Import them from
``pinterest_client.models``, or from their own modules (``pinterest_client.model.board``).
"""

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Enum, Model

if TYPE_CHECKING:
    from typing import Optional, Union

    from pinterest_client.model._c import Currency
    from pinterest_client.model._i import IngestionSourceOptions
    from pinterest_client.model._l import LineItem, LookbackPeriodOptions
    from pinterest_client.model._o import OverallStatusOptions
    from pinterest_client.model._q import QualityComponents
    from pinterest_client.model._s import SourcePlatformOptions


class EnhancedMatchStatusType(Enum):
    """EnhancedMatchStatusType (component schema)."""

    UNKNOWN = 'UNKNOWN'
    NOT_VALIDATED = 'NOT_VALIDATED'
    VALIDATING_IN_PROGRESS = 'VALIDATING_IN_PROGRESS'
    VALIDATION_COMPLETE = 'VALIDATION_COMPLETE'


class EntityStatus(Enum):
    """Entity status"""

    ACTIVE = 'ACTIVE'
    PAUSED = 'PAUSED'
    ARCHIVED = 'ARCHIVED'
    DRAFT = 'DRAFT'
    DELETED_DRAFT = 'DELETED_DRAFT'


class Error(Model):
    """Error"""

    code: int

    message: str

    _spec = (
        ('code', 'int', 'required'),
        ('message', 'str', 'required'),
    )
    _positional = ('code', 'message')

    if TYPE_CHECKING:

        def __init__(
            self,
            code: int,
            message: str,
        ) -> None: ...


class EventData(Model):
    """Optional for VISITOR `audience_type`.
        With the Pinterest tag, you can use event data to capture event details from your website.
        This object lists all the available predefined event data fields in the Pinterest tag.
        You can include these event data fields as part of a VISITOR audience’s `rule`; however, you **must** specify an `event` for the `event_data` fields to be evaluated.
        Besides what’s listed, you can also create your own set of `event_data` fields and define their usages or purposes according to your website needs.
        However, the benefit of using the predefined event data fields is that we can provide various metrics based on those fields' data.
        Examples per `event` type:
        `pagevisit`
        "event_data": { "page_name": "My online store 123 | view items | shoe" }
        `signup`
        "event_data": { "lead_type": "New release promotion" }
        `checkout`
        "event_data": { "value": 116, "order_quantity": 2, "currency": "USD", "line_items": [ { "product_name": "Pillows (Set of 2)", "product_id": "11", "product_price": 48, "product_quantity": 1 }, { "product_name": "Pillows, Large (Set of 2)", "product_id": "15", "product_price": 68, "product_quantity": 1 } ] }
        `addtocart`
        "event_data": { "value": 499, "order_quantity": 1, "currency": "USD", "line_items": [ { "product_name": "Red leather boots", "product_id": "3486", "product_category": "shoe", "product_variant_id": "JB11103000", "product_price": 499, "product_quantity": "1", "product_brand": "My brand" }]}
        `watchvideo`
        "event_data": { "video_title": "My Product Video 01" }
        `lead`
        "event_data": { "lead_type": "Newsletter" }
    """

    currency: Optional[Union[Currency, str]]
    """Currency. For example, 'USD'."""

    lead_type: Optional[str]
    """Promotion code. For example, 'Newsletter'."""

    line_items: Optional[LineItem]
    """LineItem"""

    order_id: Optional[str]
    """Order ID. For example, 'X-151481'."""

    order_quantity: Optional[int]
    """Order quantity. For example, 1."""

    page_name: Optional[str]
    """Page name. For example, 'Our Favorite Pins on Pinterest'."""

    promo_code: Optional[str]
    """Promotion code. For example, 'WINTER10'."""

    _property: Optional[str]
    """Property. For example, 'Athleta'."""

    search_query: Optional[str]
    """Search query string. For example, 'boots'."""

    value: Optional[str]
    """Product value. For example, '199.98'."""

    video_title: Optional[str]
    """Video title. For example, 'How to style your Parker Boots'."""

    _spec = (
        ('currency', 'Currency'),
        ('lead_type', 'str'),
        ('line_items', 'LineItem'),
        ('order_id', 'str'),
        ('order_quantity', 'int'),
        ('page_name', 'str'),
        ('promo_code', 'str'),
        ('property', 'str', '', None, '_property'),
        ('search_query', 'str'),
        ('value', 'str'),
        ('video_title', 'str'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            currency: Optional[Union[Currency, str]] = ...,
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


class EventQualityScore(Model):
    """Schema for GET Conversion EQS response."""

    ingestion_source: Union[IngestionSourceOptions, str]
    """List of ingestion sources for a conversion event."""

    lookback_period: Union[LookbackPeriodOptions, str]
    """Days in lookback window in the GET Conversion EQS response."""

    overall_status: Union[OverallStatusOptions, str]
    """Overall status of event quality score."""

    quality_components: QualityComponents
    """Set of quality components, with each component containing a event coverage and details."""

    source_platform: Union[SourcePlatformOptions, str]
    """List of source platforms for a conversion event."""

    _spec = (
        ('ingestion_source', 'IngestionSourceOptions', 'required'),
        ('lookback_period', 'LookbackPeriodOptions', 'required'),
        ('overall_status', 'OverallStatusOptions', 'required'),
        ('quality_components', 'QualityComponents', 'required'),
        ('source_platform', 'SourcePlatformOptions', 'required'),
    )
    _positional = ('ingestion_source', 'lookback_period', 'overall_status', 'quality_components', 'source_platform')

    if TYPE_CHECKING:

        def __init__(
            self,
            ingestion_source: Union[IngestionSourceOptions, str],
            lookback_period: Union[LookbackPeriodOptions, str],
            overall_status: Union[OverallStatusOptions, str],
            quality_components: QualityComponents,
            source_platform: Union[SourcePlatformOptions, str],
        ) -> None: ...


class Exception(Model):
    """Generic exception class to be used within schemas"""

    code: Optional[int]
    """Exception error code."""

    message: Optional[str]
    """Exception message."""

    _spec = (
        ('code', 'int'),
        ('message', 'str'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            code: Optional[int] = ...,
            message: Optional[str] = ...,
        ) -> None: ...


# Aliases (the spec gives these names to an existing type).
EntityId = str
"""EntityId (component schema `EntityId`)."""
