# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""The model classes whose names start with 'P': one module per initial, so that loading
every model takes a few dozen imports rather than a thousand. Import them from
``pinterest_client.models``, or from their own modules (``pinterest_client.model.board``).
"""

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Enum, FloatEnum, Model, ModelList, UnionModel

if TYPE_CHECKING:
    import datetime
    from typing import Any, Dict, List, Optional, Union

    from pinterest_client.model._b import BoardOwner
    from pinterest_client.model._c import (
        CarouselSlot,
        CatalogsProduct,
        CatalogsProductGroupMultipleStringCriteria,
        CatalogsProductGroupMultipleStringListCriteria,
        ContentType,
        ConversionEventResponse,
        CreativeType,
        Currency,
    )
    from pinterest_client.model._d import DataStatus
    from pinterest_client.model._e import EntityStatus, Exception
    from pinterest_client.model._g import GenderDemographics, GridClickType
    from pinterest_client.model._i import ImageMetadata, ImageSize, InnerProductCategoriesMetricsHighlights
    from pinterest_client.model._n import NonNullableCatalogsCurrency
    from pinterest_client.model._v import VideoMetadataWithItemType


class PacingDeliveryType(Enum):
    """Ad group pacing delivery type. With ACCELERATED, an ad group budget is spent as fast as possible. With STANDARD, an ad group budget is spent smoothly over a day. When using CBO, only the STANDARD pacing delivery type is allowed."""

    STANDARD = 'STANDARD'
    ACCELERATED = 'ACCELERATED'


class PageVisitConversionTagsGetResponse(Model):
    """PageVisitConversionTagsGetResponse (inline schema)."""

    bookmark: Optional[str]

    items: List[ConversionEventResponse]

    _spec = (
        ('bookmark', 'str', 'nullable'),
        ('items', 'list[ConversionEventResponse]', 'required'),
    )


class Paginated(Model):
    """Paginated (component schema `Paginated`)."""

    bookmark: Optional[str]

    items: List[Dict[str, Any]]

    _spec = (
        ('bookmark', 'str', 'nullable'),
        ('items', 'list[dict[any]]', 'required'),
    )


class PartnerType(Enum):
    """PartnerType (component schema `PartnerType`)."""

    INTERNAL = 'INTERNAL'
    EXTERNAL = 'EXTERNAL'


class Permissions(Enum):
    """Permissions (component schema)."""

    ADMIN = 'ADMIN'
    ANALYST = 'ANALYST'
    FINANCE_MANAGER = 'FINANCE_MANAGER'
    FINANCE_EDIT = 'FINANCE_EDIT'
    FINANCE_VIEW = 'FINANCE_VIEW'
    AUDIENCE_MANAGER = 'AUDIENCE_MANAGER'
    CAMPAIGN_MANAGER = 'CAMPAIGN_MANAGER'
    CATALOGS_MANAGER = 'CATALOGS_MANAGER'
    CATALOGS_VIEWER = 'CATALOGS_VIEWER'
    PROFILE_PUBLISHER = 'PROFILE_PUBLISHER'
    CONSUMER_USER = 'CONSUMER_USER'


class PermissionsResponse(ModelList):
    """Permission levels member or partner has on an asset."""

    _item_type = 'str'


class PermissionsWithOwner(Enum):
    """PermissionsWithOwner (component schema `PermissionsWithOwner`)."""

    ADMIN = 'ADMIN'
    ANALYST = 'ANALYST'
    FINANCE_MANAGER = 'FINANCE_MANAGER'
    FINANCE_EDIT = 'FINANCE_EDIT'
    FINANCE_VIEW = 'FINANCE_VIEW'
    AUDIENCE_MANAGER = 'AUDIENCE_MANAGER'
    CAMPAIGN_MANAGER = 'CAMPAIGN_MANAGER'
    CATALOGS_MANAGER = 'CATALOGS_MANAGER'
    CATALOGS_VIEWER = 'CATALOGS_VIEWER'
    PROFILE_PUBLISHER = 'PROFILE_PUBLISHER'
    OWNER = 'OWNER'


class Pin(Model):
    """Pin model containing properties related to a Pinterest Pin."""

    alt_text: Optional[str]

    board_id: Optional[str]
    """The board to which this Pin belongs."""

    board_owner: Optional[BoardOwner]

    board_section_id: Optional[str]
    """The board section to which this Pin belongs."""

    created_at: Optional[datetime.datetime]

    creative_type: Optional[Union[CreativeType, str]]

    description: Optional[str]

    dominant_color: Optional[str]
    """Dominant pin color. Hex number, e.g. `#6E7874`."""

    has_been_promoted: Optional[bool]
    """Whether the Pin has been promoted or not."""

    id: str

    is_owner: Optional[bool]
    """Whether the "operation user_account" is the Pin owner."""

    is_standard: Optional[bool]
    """Whether the Pin is standard or not. See documentation on [Changes to Pin creation](/docs/api-features/content-overview/) for more information."""

    link: Optional[str]

    media: Optional[PinMedia]

    parent_pin_id: Optional[str]
    """The source pin id if this pin was saved from another pin. [Learn more](https://help.pinterest.com/article/save-pins-on-pinterest)."""

    pin_metrics: Optional[Dict[str, Any]]
    """Pin metrics with associated time intervals if any."""

    title: Optional[str]

    _spec = (
        ('alt_text', 'str', 'nullable', {'max_length': 500}),
        ('board_id', 'str', '', {'pattern': '^\\d+$'}),
        ('board_owner', 'BoardOwner', 'read_only'),
        ('board_section_id', 'str', 'nullable', {'pattern': '^\\d+$'}),
        ('created_at', 'datetime', 'read_only'),
        ('creative_type', 'CreativeType', 'nullable read_only'),
        ('description', 'str', 'nullable', {'max_length': 800}),
        ('dominant_color', 'str', 'nullable'),
        ('has_been_promoted', 'bool', 'read_only'),
        ('id', 'str', 'required', {'pattern': '^\\d+$'}),
        ('is_owner', 'bool', 'read_only'),
        ('is_standard', 'bool', 'read_only'),
        ('link', 'str', 'nullable', {'max_length': 2048}),
        ('media', 'PinMedia', 'read_only'),
        ('parent_pin_id', 'str', 'nullable', {'pattern': '^\\d+$'}),
        ('pin_metrics', 'dict[any]', 'nullable read_only'),
        ('title', 'str', 'nullable', {'max_length': 100}),
    )


class PinAnalyticsMetricsResponse(Model):
    """PinAnalyticsMetricsResponse (component schema)."""

    daily_metrics: Optional[List[PinAnalyticsMetricsResponseDailyMetricsItem]]
    """Array with the requested daily metric records"""

    lifetime_metrics: Optional[Dict[str, int]]
    """The lifetime metric name and value."""

    summary_metrics: Optional[Dict[str, float]]
    """The metric name and value over the requested period for each requested metric"""

    _spec = (
        ('daily_metrics', 'list[PinAnalyticsMetricsResponseDailyMetricsItem]'),
        ('lifetime_metrics', 'dict[int]'),
        ('summary_metrics', 'dict[float]'),
    )


class PinAnalyticsMetricsResponseDailyMetricsItem(Model):
    """PinAnalyticsMetricsResponseDailyMetricsItem (inline schema)."""

    data_status: Optional[Union[DataStatus, str]]
    """Metrics availablity, e.g., "READY"."""

    date: Optional[str]
    """Metrics date (UTC): YYYY-MM-DD."""

    metrics: Optional[Dict[str, float]]
    """The metric name and daily value for each requested metric"""

    _spec = (
        ('data_status', 'DataStatus'),
        ('date', 'str'),
        ('metrics', 'dict[float]'),
    )


class PinAnalyticsResponse(Model):
    """PinAnalyticsResponse (component schema)."""
    _additional = 'PinAnalyticsMetricsResponse'


class PinCreate(Model):
    """Resource create operation model."""

    alt_text: Optional[str]

    board_id: Optional[str]
    """The board to which this Pin belongs."""

    board_section_id: Optional[str]
    """The board section to which this Pin belongs."""

    description: Optional[str]

    dominant_color: Optional[str]
    """Dominant pin color. Hex number, e.g. `#6E7874`."""

    link: Optional[str]

    media_source: Optional[PinMediaSource]
    """Pin media source that can be an image, video, or a mix of both passed in as a request."""

    parent_pin_id: Optional[str]
    """The source pin id if this pin was saved from another pin. [Learn more](https://help.pinterest.com/article/save-pins-on-pinterest)."""

    sponsor_id: Optional[str]
    """The sponsor account id to request paid partnership from.  Currently the field is only available to a list of users in a closed beta."""

    title: Optional[str]

    _spec = (
        ('alt_text', 'str', 'nullable', {'max_length': 500}),
        ('board_id', 'str', '', {'pattern': '^\\d+$'}),
        ('board_section_id', 'str', 'nullable', {'pattern': '^\\d+$'}),
        ('description', 'str', 'nullable', {'max_length': 800}),
        ('dominant_color', 'str', 'nullable'),
        ('link', 'str', 'nullable', {'max_length': 2048}),
        ('media_source', 'PinMediaSource'),
        ('parent_pin_id', 'str', 'nullable', {'pattern': '^\\d+$'}),
        ('sponsor_id', 'str', 'nullable', {'pattern': '^\\d+$'}),
        ('title', 'str', 'nullable', {'max_length': 100}),
    )


class PinMedia(UnionModel):
    """Pin media that can be an image, video, or a mix of both.

    One of: `PinMediaWithImage`, `PinMediaWithVideo`, `PinMediaWithImages`, `PinMediaWithVideos`, `PinMediaWithImageAndVideo`.
    """

    _variants = ('PinMediaWithImage', 'PinMediaWithVideo', 'PinMediaWithImages', 'PinMediaWithVideos', 'PinMediaWithImageAndVideo')
    _discriminator = ('media_type', {'image': 'PinMediaWithImage', 'video': 'PinMediaWithVideo', 'multiple_images': 'PinMediaWithImages', 'multiple_videos': 'PinMediaWithVideos', 'multiple_mixed': 'PinMediaWithImageAndVideo'})


class PinMediaMetadata(UnionModel):
    """PinMediaMetadata (component schema).

    One of: `ImageMetadata`, `VideoMetadataWithItemType`.
    """

    _variants = ('ImageMetadata', 'VideoMetadataWithItemType')


class PinMediaSource(UnionModel):
    """Pin media source that can be an image, video, or a mix of both passed in as a request.

    One of: `PinMediaSourceImageBase64`, `PinMediaSourceImageURL`, `PinMediaSourceVideoID`, `PinMediaSourceImagesBase64`, `PinMediaSourceImagesURL`, `PinMediaSourcePinURL`.
    """

    _variants = ('PinMediaSourceImageBase64', 'PinMediaSourceImageURL', 'PinMediaSourceVideoID', 'PinMediaSourceImagesBase64', 'PinMediaSourceImagesURL', 'PinMediaSourcePinURL')
    _discriminator = ('source_type', {'image_base64': 'PinMediaSourceImageBase64', 'image_url': 'PinMediaSourceImageURL', 'video_id': 'PinMediaSourceVideoID', 'multiple_image_base64': 'PinMediaSourceImagesBase64', 'multiple_image_urls': 'PinMediaSourceImagesURL', 'pin_url': 'PinMediaSourcePinURL'})


class PinMediaSourceImageBase64(Model):
    """Image Base64-based media source."""

    content_type: Union[ContentType, str]

    data: str

    is_standard: Optional[bool]
    """Set the parameter to false to create the new simplified Pin instead of the standard pin. Currently the field is only available to a list of beta users."""

    source_type: str
    """The source type of the media."""

    _spec = (
        ('content_type', 'ContentType', 'required'),
        ('data', 'str', 'required', {'pattern': '^[a-zA-Z0-9+/=]+$'}),
        ('is_standard', 'bool'),
        ('source_type', 'str', 'required', {'enum': ('image_base64',)}),
    )


class PinMediaSourceImageURL(Model):
    """Image URL-based media source."""

    is_standard: Optional[bool]
    """Set the parameter to false to create the new simplified Pin instead of the standard pin. Currently the field is only available to a list of beta users."""

    source_type: str
    """The source type of the media."""

    url: str

    _spec = (
        ('is_standard', 'bool'),
        ('source_type', 'str', 'required', {'enum': ('image_url',)}),
        ('url', 'str', 'required'),
    )


class PinMediaSourceImagesBase64(Model):
    """Multiple Base64-based images media source"""

    index: Optional[int]

    items: List[PinMediaSourceImagesBase64Item]
    """Array with image objects."""

    source_type: str
    """The source type of the media."""

    _spec = (
        ('index', 'int', '', {'minimum': 0}),
        ('items', 'list[PinMediaSourceImagesBase64Item]', 'required', {'max_items': 5, 'min_items': 2}),
        ('source_type', 'str', 'required', {'enum': ('multiple_image_base64',)}),
    )


class PinMediaSourceImagesBase64Item(Model):
    """PinMediaSourceImagesBase64Item (component schema)."""

    content_type: Union[ContentType, str]

    data: str

    description: Optional[str]

    link: Optional[str]

    title: Optional[str]

    _spec = (
        ('content_type', 'ContentType', 'required'),
        ('data', 'str', 'required', {'pattern': '^[a-zA-Z0-9+/=]+$'}),
        ('description', 'str'),
        ('link', 'str'),
        ('title', 'str'),
    )


class PinMediaSourceImagesURL(Model):
    """Multiple URL-based images media source"""

    index: Optional[int]

    items: List[PinMediaSourceImagesURLItem]
    """Array with image objects."""

    source_type: str
    """The source type of the media."""

    _spec = (
        ('index', 'int', '', {'minimum': 0}),
        ('items', 'list[PinMediaSourceImagesURLItem]', 'required', {'max_items': 5, 'min_items': 2}),
        ('source_type', 'str', 'required', {'enum': ('multiple_image_urls',)}),
    )


class PinMediaSourceImagesURLItem(Model):
    """PinMediaSourceImagesURLItem (component schema)."""

    description: Optional[str]

    link: Optional[str]

    title: Optional[str]

    url: str

    _spec = (
        ('description', 'str'),
        ('link', 'str'),
        ('title', 'str'),
        ('url', 'str', 'required'),
    )


class PinMediaSourcePinURL(Model):
    """Pin URL-based media source for product pin creation. Currently the field is only available to a list of beta users."""

    is_affiliate_link: Optional[bool]
    """This is an affiliate link or sponsored product. The FTC requires disclosure for paid partnerships and affiliate products."""

    source_type: str

    _spec = (
        ('is_affiliate_link', 'bool'),
        ('source_type', 'str', 'required', {'enum': ('pin_url',)}),
    )


class PinMediaSourceVideoID(Model):
    """Video ID-based media source."""

    cover_image_content_type: Optional[Union[ContentType, str]]
    """Content type for cover image Base64."""

    cover_image_data: Optional[str]
    """Cover image Base64."""

    cover_image_key_frame_time: Optional[int]
    """Keyframe timestamp for cover image (seconds). If entered time exceeds video duration, the last frame is used."""

    cover_image_url: Optional[str]
    """Cover image URL."""

    is_standard: Optional[bool]
    """Set the parameter to false to create the new simplified Pin instead of the standard pin. Currently the field is only available to a list of beta users."""

    media_id: str

    source_type: str

    _spec = (
        ('cover_image_content_type', 'ContentType'),
        ('cover_image_data', 'str'),
        ('cover_image_key_frame_time', 'int', '', {'minimum': 0}),
        ('cover_image_url', 'str'),
        ('is_standard', 'bool'),
        ('media_id', 'str', 'required', {'pattern': '^\\d+$'}),
        ('source_type', 'str', 'required', {'enum': ('video_id',)}),
    )


class PinMediaWithImage(Model):
    """Pin with image."""

    images: Optional[ImageSize]

    media_type: str

    _spec = (
        ('images', 'ImageSize'),
        ('media_type', 'str', 'required', {'enum': ('image',)}),
    )


class PinMediaWithImageAndVideo(Model):
    """Pin with a mix of images and videos."""

    items: Optional[List[PinMediaMetadata]]

    media_type: str

    _spec = (
        ('items', 'list[PinMediaMetadata]'),
        ('media_type', 'str', 'required', {'enum': ('multiple_mixed',)}),
    )


class PinMediaWithImages(Model):
    """Pin with multiple images."""

    items: Optional[List[ImageMetadata]]

    media_type: str

    _spec = (
        ('items', 'list[ImageMetadata]'),
        ('media_type', 'str', 'required', {'enum': ('multiple_images',)}),
    )


class PinMediaWithVideo(Model):
    """Pin with video."""

    cover_image_url: Optional[str]

    duration: Optional[float]
    """Duration (in miliseconds). Field maybe null after creation due to video processing time."""

    height: Optional[int]
    """Height (in pixels). Field maybe null after creation due to video processing time."""

    images: Optional[ImageSize]

    media_type: str

    video_url: Optional[str]
    """Video url (720p).

    **Note:** This field is limited and not available to all apps.
    """

    width: Optional[int]
    """Width (in pixels). Field maybe null after creation due to video processing time."""

    _spec = (
        ('cover_image_url', 'str'),
        ('duration', 'float', 'nullable'),
        ('height', 'int', 'nullable'),
        ('images', 'ImageSize'),
        ('media_type', 'str', 'required', {'enum': ('video',)}),
        ('video_url', 'str', 'nullable'),
        ('width', 'int', 'nullable'),
    )


class PinMediaWithVideos(Model):
    """Pin with multiple videos."""

    items: Optional[List[VideoMetadataWithItemType]]

    media_type: str

    _spec = (
        ('items', 'list[VideoMetadataWithItemType]'),
        ('media_type', 'str', 'required', {'enum': ('multiple_videos',)}),
    )


class PinPromotionSummaryStatus(Enum):
    """Summary status for pin promotions"""

    APPROVED = 'APPROVED'
    PAUSED = 'PAUSED'
    PENDING = 'PENDING'
    REJECTED = 'REJECTED'
    ADVERTISER_DISABLED = 'ADVERTISER_DISABLED'
    ARCHIVED = 'ARCHIVED'
    DRAFT = 'DRAFT'
    DELETED_DRAFT = 'DELETED_DRAFT'


class PinUpdate(Model):
    """Resource create or update operation model."""

    alt_text: Optional[str]

    board_id: Optional[str]
    """The board to which this Pin belongs."""

    board_section_id: Optional[str]
    """The board section to which this Pin belongs."""

    carousel_slots: Optional[List[CarouselSlot]]
    """Carousel Pin slots data."""

    description: Optional[str]

    link: Optional[str]

    title: Optional[str]

    _spec = (
        ('alt_text', 'str', 'nullable', {'max_length': 500}),
        ('board_id', 'str', '', {'pattern': '^\\d+$'}),
        ('board_section_id', 'str', 'nullable', {'pattern': '^\\d+$'}),
        ('carousel_slots', 'list[CarouselSlot]'),
        ('description', 'str', 'nullable', {'max_length': 800}),
        ('link', 'str', 'nullable', {'max_length': 2048}),
        ('title', 'str', 'nullable', {'max_length': 100}),
    )


class PinsListResponse(Model):
    """PinsListResponse (inline schema)."""

    bookmark: Optional[str]

    items: List[Pin]

    _spec = (
        ('bookmark', 'str', 'nullable'),
        ('items', 'list[Pin]', 'required'),
    )


class PinsSaveRequest(Model):
    """PinsSaveRequest (inline schema)."""

    board_id: Optional[str]
    """Unique identifier of the board to which the pin will be saved."""

    board_section_id: Optional[str]
    """Unique identifier of the board section to which the pin will be saved."""

    _spec = (
        ('board_id', 'str', 'nullable', {'pattern': '^\\d+$'}),
        ('board_section_id', 'str', 'nullable', {'pattern': '^\\d+$'}),
    )


class PinterestLibError(Model):
    """Default error response"""

    code: int

    message: str

    _spec = (
        ('code', 'int', 'required'),
        ('message', 'str', 'required'),
    )


class PinterestLibPaginationOrder(Enum):
    """PinterestLibPaginationOrder (component schema `Pinterest.Lib.PaginationOrder`)."""

    ASCENDING = 'ASCENDING'
    DESCENDING = 'DESCENDING'


class PinterestLibStatus204(Model):
    """The resource was successfully deleted."""

    statusCode: float

    _spec = (
        ('statusCode', 'float', 'required', {'enum': (204,)}),
    )


class PlacementGroupType(Enum):
    """Campaign placement group type"""

    ALL = 'ALL'
    SEARCH = 'SEARCH'
    BROWSE = 'BROWSE'
    OTHER = 'OTHER'


class PlacementMultipliers(Model):
    """This represents a mapping from placement to a bid price adjustment.

    Multiplier values must be between 0 and 10. A value of 10 represents a 900% increase in bid price (from $1 to $10 for example). A value of 0 will stop distribution for this item on the specified placement in `MAX_BID` ad groups in `CATALOG_SALES` campaigns. All placement multipliers must be set at the same time. If a multiplier is not provided it is assumed to be 1 (no bid adjustment).
    """

    PLACEMENT: Optional[str]

    _spec = (
        ('PLACEMENT', 'str', '', {'enum': ('SEARCH', 'BROWSE', 'RELATED_PINS')}),
    )
    _additional = 'float'


class PriceFilter(Model):
    """PRICE"""

    PRICE: PriceFilterPRICE
    """catalogs_product_group_pricing_currency_criteria"""

    _spec = (
        ('PRICE', 'PriceFilterPRICE', 'required'),
    )
    _additional = None


class PriceFilterPRICE(Model):
    """catalogs_product_group_pricing_currency_criteria"""

    currency: Union[NonNullableCatalogsCurrency, str]
    """Currency Codes from ISO 4217."""

    negated: Optional[bool]

    operator: str

    value: float

    _spec = (
        ('currency', 'NonNullableCatalogsCurrency', 'required'),
        ('negated', 'bool'),
        ('operator', 'str', 'required', {'enum': ('GREATER_THAN', 'GREATER_THAN_OR_EQUALS', 'LESS_THAN', 'LESS_THAN_OR_EQUALS')}),
        ('value', 'float', 'required', {'minimum': 0}),
    )
    _additional = None


class ProductAvailabilityType(Enum):
    """Default availability for products in a feed."""

    IN_STOCK = 'IN_STOCK'
    OUT_OF_STOCK = 'OUT_OF_STOCK'
    PREORDER = 'PREORDER'


class ProductCategoriesDemographic(Model):
    """Age and gender distribution who engaged with this product category in the past 3 months"""

    age: Dict[str, float]
    """Age demographic distribution"""

    gender: GenderDemographics
    """Gender demographic distribution"""

    _spec = (
        ('age', 'dict[float]', 'required'),
        ('gender', 'GenderDemographics', 'required'),
    )


class ProductCategoriesEngagementType(Enum):
    """ProductCategoriesEngagementType (component schema `ProductCategoriesEngagementType`)."""

    ENGAGEMENT = 'ENGAGEMENT'
    OUTBOUND_CLICK = 'OUTBOUND_CLICK'
    SAVE = 'SAVE'


class ProductCategoriesMetricsHighlights(Model):
    """Key performance metrics highlights for this product category"""

    engagement: Optional[InnerProductCategoriesMetricsHighlights]
    """Engagement metric value"""

    outbound_clicks: Optional[InnerProductCategoriesMetricsHighlights]
    """Number of outbound clicks"""

    pin_saves: Optional[InnerProductCategoriesMetricsHighlights]
    """Number of pin saves"""

    _spec = (
        ('engagement', 'InnerProductCategoriesMetricsHighlights'),
        ('outbound_clicks', 'InnerProductCategoriesMetricsHighlights'),
        ('pin_saves', 'InnerProductCategoriesMetricsHighlights'),
    )


class ProductCategoryDetailLookbackWindow(FloatEnum):
    """ProductCategoryDetailLookbackWindow (component schema `ProductCategoryDetailLookbackWindow`)."""

    N90 = 90
    N180 = 180
    N365 = 365
    N730 = 730


class ProductCategoryDetails(Model):
    """Product category details"""

    demographics: Optional[ProductCategoriesDemographic]
    """Age and gender distribution who engaged with this product category in the past 3 months"""

    has_prediction: bool
    """Indicates whether the keyword has a prediction available for the next 90 days.
        This field is only applicable when include_prediction query parameter is set to true.
        By default, the value is false and no prediction data is included in the response.
    """

    metrics_highlights: Optional[ProductCategoriesMetricsHighlights]
    """Key performance metrics highlights for this product category"""

    predicted_time_series: Optional[Dict[str, float]]
    """A sequence of weekly observations of the predicted relative search volume for this keyword over the next 3 months.
        These values are normalized to a [0-100] range, and can be used to visualize the forecasted user interest in this keyword.
        Similar to the historical time_series, normalization is applied independently to the predicted time series of each keyword, but the normalize_against_group query parameter can be used in cases where you wish to compare relative predicted volume between keywords.
        **Note**: The cut-off date between historical and predicted time series depends on Pinterest data availability. Usually the data needs a few days to be calculated, so the predicted time series may contain some past dates compared to today.
        **Note**: The date of each observation is in ISO-8601 format and represents the end of the week. For example, a value of 2024-01-07 would include predicted searches for the week ending on 2024-01-07.
    """

    product_category: Union[ProductCategoryEnum, str]
    """List of product category details"""

    related_searches: Optional[List[str]]
    """Related search terms for this product category"""

    time_series: Optional[Dict[str, float]]
    """Time series data showing trend values over time, indexed between 0 and 100"""

    _spec = (
        ('demographics', 'ProductCategoriesDemographic'),
        ('has_prediction', 'bool', 'required'),
        ('metrics_highlights', 'ProductCategoriesMetricsHighlights'),
        ('predicted_time_series', 'dict[float]'),
        ('product_category', 'ProductCategoryEnum', 'required'),
        ('related_searches', 'list[str]'),
        ('time_series', 'dict[float]'),
    )


class ProductCategoryEnum(Enum):
    """List of product category details"""

    ACCENT_TABLES = 'ACCENT_TABLES'
    ACCESSORIES = 'ACCESSORIES'
    ANKLETS = 'ANKLETS'
    APRONS = 'APRONS'
    AREA_RUGS = 'AREA_RUGS'
    ARMOIRES_AND_WARDROBES = 'ARMOIRES_AND_WARDROBES'
    ART_AND_CRAFT_PAINTS = 'ART_AND_CRAFT_PAINTS'
    ART_BRUSHES = 'ART_BRUSHES'
    ARTIFICIAL_FLORA = 'ARTIFICIAL_FLORA'
    ARTWORK = 'ARTWORK'
    AUDIO = 'AUDIO'
    AUDIO_ACCESSORIES = 'AUDIO_ACCESSORIES'
    BACKPACKS = 'BACKPACKS'
    BAG_AND_LUGGAGE_ACCESSORIES = 'BAG_AND_LUGGAGE_ACCESSORIES'
    BAGS_AND_LUGGAGE = 'BAGS_AND_LUGGAGE'
    BAKEWARE = 'BAKEWARE'
    BANDANAS = 'BANDANAS'
    BAR_CARTS = 'BAR_CARTS'
    BARWARE = 'BARWARE'
    BASKETS = 'BASKETS'
    BATH_AND_BODY = 'BATH_AND_BODY'
    BATH_AND_SHOWER = 'BATH_AND_SHOWER'
    BATH_MATS_AND_RUGS = 'BATH_MATS_AND_RUGS'
    BATH_TOWELS_AND_WASHCLOTHS = 'BATH_TOWELS_AND_WASHCLOTHS'
    BATHROOM_ACCESSORIES = 'BATHROOM_ACCESSORIES'
    BATHROOM_ACCESSORY_SETS = 'BATHROOM_ACCESSORY_SETS'
    BATHROOM_VANITIES = 'BATHROOM_VANITIES'
    BEACH_TOWELS = 'BEACH_TOWELS'
    BEADS_AND_JEWELRY_MAKING_SUPPLIES = 'BEADS_AND_JEWELRY_MAKING_SUPPLIES'
    BEAUTY_SUPPLEMENTS = 'BEAUTY_SUPPLEMENTS'
    BED_SHEETS = 'BED_SHEETS'
    BEDDING = 'BEDDING'
    BEDROOM_VANITIES = 'BEDROOM_VANITIES'
    BEDS_AND_ACCESSORIES = 'BEDS_AND_ACCESSORIES'
    BEDS_AND_BED_FRAMES = 'BEDS_AND_BED_FRAMES'
    BELT_BAGS = 'BELT_BAGS'
    BELTS_AND_SUSPENDERS = 'BELTS_AND_SUSPENDERS'
    BENCHES = 'BENCHES'
    BEVERAGES = 'BEVERAGES'
    BIRD_SUPPLIES = 'BIRD_SUPPLIES'
    BLANKETS = 'BLANKETS'
    BLOUSES = 'BLOUSES'
    BLUSHES_AND_BRONZERS = 'BLUSHES_AND_BRONZERS'
    BODY_CARE = 'BODY_CARE'
    BODY_JEWELRY = 'BODY_JEWELRY'
    BODY_MAKEUP = 'BODY_MAKEUP'
    BODY_MOISTURIZERS = 'BODY_MOISTURIZERS'
    BODY_WASHES = 'BODY_WASHES'
    BOOKCASES_AND_STANDING_SHELVES = 'BOOKCASES_AND_STANDING_SHELVES'
    BOOKENDS = 'BOOKENDS'
    BOOKS = 'BOOKS'
    BOOTS = 'BOOTS'
    BRACELETS = 'BRACELETS'
    BRIDESMAID_DRESSES = 'BRIDESMAID_DRESSES'
    BROOCHES_AND_LAPEL_PINS = 'BROOCHES_AND_LAPEL_PINS'
    BROW_MAKEUP = 'BROW_MAKEUP'
    BUFFETS_AND_SIDEBOARDS = 'BUFFETS_AND_SIDEBOARDS'
    BUTTON_DOWN_SHIRTS = 'BUTTON_DOWN_SHIRTS'
    CABINET_HARDWARE = 'CABINET_HARDWARE'
    CABINETS_AND_STORAGE_FURNITURE = 'CABINETS_AND_STORAGE_FURNITURE'
    CAKE_DECORATING_SUPPLIES = 'CAKE_DECORATING_SUPPLIES'
    CAMPING_AND_HIKING = 'CAMPING_AND_HIKING'
    CANDLE_HOLDERS = 'CANDLE_HOLDERS'
    CANDLES = 'CANDLES'
    CARDSTOCK_PAPERS = 'CARDSTOCK_PAPERS'
    CASUAL_PANTS = 'CASUAL_PANTS'
    CAT_SUPPLIES = 'CAT_SUPPLIES'
    CHAIRS = 'CHAIRS'
    CHANDELIERS = 'CHANDELIERS'
    CHARMS_AND_PENDANTS = 'CHARMS_AND_PENDANTS'
    CHINA_CABINETS_AND_HUTCHES = 'CHINA_CABINETS_AND_HUTCHES'
    CLOGS_AND_MULES = 'CLOGS_AND_MULES'
    CLOTH_NAPKINS = 'CLOTH_NAPKINS'
    CLOTHING = 'CLOTHING'
    CLOTHING_AND_CLOSET_STORAGE = 'CLOTHING_AND_CLOSET_STORAGE'
    CLOTHING_SETS = 'CLOTHING_SETS'
    COASTERS = 'COASTERS'
    COATS_AND_JACKETS = 'COATS_AND_JACKETS'
    COFFEE_AND_TEA_CUPS = 'COFFEE_AND_TEA_CUPS'
    COFFEE_MAKERS_AND_ESPRESSO_MACHINES = 'COFFEE_MAKERS_AND_ESPRESSO_MACHINES'
    COLORING_BOOKS = 'COLORING_BOOKS'
    COMMUNICATIONS = 'COMMUNICATIONS'
    COMPUTER_ACCESSORIES = 'COMPUTER_ACCESSORIES'
    COOKIE_CUTTERS = 'COOKIE_CUTTERS'
    COOKWARE = 'COOKWARE'
    COOKWARE_AND_BAKEWARE = 'COOKWARE_AND_BAKEWARE'
    COSMETIC_AND_TOILETRY_BAGS = 'COSMETIC_AND_TOILETRY_BAGS'
    COSTUMES_AND_ACCESSORIES = 'COSTUMES_AND_ACCESSORIES'
    CRAFT_ADHESIVES_AND_MAGNETS = 'CRAFT_ADHESIVES_AND_MAGNETS'
    CRAFT_CUTTING_TOOLS = 'CRAFT_CUTTING_TOOLS'
    CRAFT_MOLDS = 'CRAFT_MOLDS'
    CRIBS_AND_TODDLER_BEDS = 'CRIBS_AND_TODDLER_BEDS'
    CURTAIN_AND_DRAPE_RODS = 'CURTAIN_AND_DRAPE_RODS'
    CURTAINS_AND_DRAPES = 'CURTAINS_AND_DRAPES'
    CUTTING_BOARDS = 'CUTTING_BOARDS'
    CYCLING = 'CYCLING'
    DECORATIVE_BOWLS = 'DECORATIVE_BOWLS'
    DECORATIVE_JARS = 'DECORATIVE_JARS'
    DECORATIVE_TAPESTRIES = 'DECORATIVE_TAPESTRIES'
    DECORATIVE_TRAYS = 'DECORATIVE_TRAYS'
    DEODORANTS_AND_ANTIPERSPIRANTS = 'DEODORANTS_AND_ANTIPERSPIRANTS'
    DESK_AND_SHELF_CLOCKS = 'DESK_AND_SHELF_CLOCKS'
    DESKS = 'DESKS'
    DIAPER_BAGS = 'DIAPER_BAGS'
    DINNERWARE = 'DINNERWARE'
    DISHWASHERS = 'DISHWASHERS'
    DOG_SUPPLIES = 'DOG_SUPPLIES'
    DOOR_MATS = 'DOOR_MATS'
    DRAWING_AND_PAINTING = 'DRAWING_AND_PAINTING'
    DRESS_PANTS = 'DRESS_PANTS'
    DRESSERS = 'DRESSERS'
    DRESSES = 'DRESSES'
    DRILLS_AND_SCREWDRIVERS = 'DRILLS_AND_SCREWDRIVERS'
    DRINKWARE = 'DRINKWARE'
    DUFFEL_BAGS = 'DUFFEL_BAGS'
    DUVET_COVERS = 'DUVET_COVERS'
    DVDS_AND_VIDEOS = 'DVDS_AND_VIDEOS'
    EARRINGS = 'EARRINGS'
    ELECTRONICS_ACCESSORIES = 'ELECTRONICS_ACCESSORIES'
    ENGAGEMENT_AND_WEDDING_RINGS = 'ENGAGEMENT_AND_WEDDING_RINGS'
    ENTERTAINMENT_CENTERS_AND_TV_STANDS = 'ENTERTAINMENT_CENTERS_AND_TV_STANDS'
    ERASERS = 'ERASERS'
    EYE_MAKEUP = 'EYE_MAKEUP'
    EYE_SHADOW = 'EYE_SHADOW'
    EYELINERS = 'EYELINERS'
    FABRIC = 'FABRIC'
    FACE_COVERINGS = 'FACE_COVERINGS'
    FACE_LOTIONS_AND_CREAMS = 'FACE_LOTIONS_AND_CREAMS'
    FACE_MAKEUP = 'FACE_MAKEUP'
    FACIAL_CLEANSERS = 'FACIAL_CLEANSERS'
    FACIAL_MOISTURIZERS = 'FACIAL_MOISTURIZERS'
    FALSE_EYELASHES = 'FALSE_EYELASHES'
    FIGURINES = 'FIGURINES'
    FIREPLACE_AND_WOOD_STOVE_ACCESSORIES = 'FIREPLACE_AND_WOOD_STOVE_ACCESSORIES'
    FIREPLACES = 'FIREPLACES'
    FISHING = 'FISHING'
    FLAGS_AND_WINDSOCKS = 'FLAGS_AND_WINDSOCKS'
    FLATS = 'FLATS'
    FLATWARE = 'FLATWARE'
    FLOOR_LAMPS = 'FLOOR_LAMPS'
    FLOWER_GIRL_DRESSES = 'FLOWER_GIRL_DRESSES'
    FOOD_AND_BEVERAGE_CARRIERS = 'FOOD_AND_BEVERAGE_CARRIERS'
    FOOD_COOKERS_AND_STEAMERS = 'FOOD_COOKERS_AND_STEAMERS'
    FOOD_ITEMS = 'FOOD_ITEMS'
    FOOD_MIXERS_AND_BLENDERS = 'FOOD_MIXERS_AND_BLENDERS'
    FOOD_STORAGE_CONTAINERS = 'FOOD_STORAGE_CONTAINERS'
    FOOD_STORAGE_SUPPLIES = 'FOOD_STORAGE_SUPPLIES'
    FOUNDATIONS_AND_CONCEALERS = 'FOUNDATIONS_AND_CONCEALERS'
    FOUNTAINS_AND_PONDS = 'FOUNTAINS_AND_PONDS'
    FRAGRANCE = 'FRAGRANCE'
    FURNITURE = 'FURNITURE'
    FURNITURE_SETS = 'FURNITURE_SETS'
    GAMES = 'GAMES'
    GARDENING = 'GARDENING'
    GARDENING_TOOLS = 'GARDENING_TOOLS'
    GLOVES_AND_MITTENS = 'GLOVES_AND_MITTENS'
    GLUES_AND_TAPES = 'GLUES_AND_TAPES'
    GROOM_AND_GROOMSMEN_SUITS = 'GROOM_AND_GROOMSMEN_SUITS'
    HAIR = 'HAIR'
    HAIR_ACCESSORIES = 'HAIR_ACCESSORIES'
    HAIR_CARE = 'HAIR_CARE'
    HAIR_COLOR = 'HAIR_COLOR'
    HAIR_COMBS = 'HAIR_COMBS'
    HAIR_PINS_CLAWS_AND_CLIPS = 'HAIR_PINS_CLAWS_AND_CLIPS'
    HAIR_REMOVAL = 'HAIR_REMOVAL'
    HAIR_TOOLS = 'HAIR_TOOLS'
    HAIR_TREATMENT = 'HAIR_TREATMENT'
    HAIR_WREATHS = 'HAIR_WREATHS'
    HAND_AND_FOOT_CARE = 'HAND_AND_FOOT_CARE'
    HAND_SOAPS_AND_SANITIZERS = 'HAND_SOAPS_AND_SANITIZERS'
    HANDBAGS = 'HANDBAGS'
    HANDKERCHIEFS = 'HANDKERCHIEFS'
    HARDWARE_SUPPLIES = 'HARDWARE_SUPPLIES'
    HATS = 'HATS'
    HEADBOARDS_AND_FOOTBOARDS = 'HEADBOARDS_AND_FOOTBOARDS'
    HEADWEAR = 'HEADWEAR'
    HIGHLIGHTERS = 'HIGHLIGHTERS'
    HOBBIES_AND_CREATIVE_ARTS = 'HOBBIES_AND_CREATIVE_ARTS'
    HOME_ACCESSORIES = 'HOME_ACCESSORIES'
    HOME_DECOR_DECALS = 'HOME_DECOR_DECALS'
    HOME_FRAGRANCE_ACCESSORIES = 'HOME_FRAGRANCE_ACCESSORIES'
    HOME_FRAGRANCES = 'HOME_FRAGRANCES'
    HOME_IMPROVEMENT_TOOLS_AND_SUPPLIES = 'HOME_IMPROVEMENT_TOOLS_AND_SUPPLIES'
    HOSIERY = 'HOSIERY'
    HOUSEHOLD_APPLIANCES = 'HOUSEHOLD_APPLIANCES'
    HOUSEHOLD_SUPPLIES = 'HOUSEHOLD_SUPPLIES'
    INCENSE = 'INCENSE'
    INDOOR_GAMES = 'INDOOR_GAMES'
    JEANS = 'JEANS'
    JEWELRY_AND_WATCH_ACCESSORIES = 'JEWELRY_AND_WATCH_ACCESSORIES'
    JEWELRY_AND_WATCHES = 'JEWELRY_AND_WATCHES'
    JEWELRY_SETS = 'JEWELRY_SETS'
    JUMPSUITS_AND_ROMPERS = 'JUMPSUITS_AND_ROMPERS'
    KEYCHAINS = 'KEYCHAINS'
    KITCHEN_AND_DINING = 'KITCHEN_AND_DINING'
    KITCHEN_AND_DINING_ROOM_TABLES = 'KITCHEN_AND_DINING_ROOM_TABLES'
    KITCHEN_APPLIANCES = 'KITCHEN_APPLIANCES'
    KITCHEN_KNIVES = 'KITCHEN_KNIVES'
    KITCHEN_LINENS = 'KITCHEN_LINENS'
    KITCHEN_MATS = 'KITCHEN_MATS'
    KITCHEN_ORGANIZERS = 'KITCHEN_ORGANIZERS'
    KITCHEN_TOOLS_AND_UTENSILS = 'KITCHEN_TOOLS_AND_UTENSILS'
    KITCHEN_TOWELS = 'KITCHEN_TOWELS'
    KNITTING_AND_CROCHET = 'KNITTING_AND_CROCHET'
    KNITTING_AND_CROCHET_TOOLS = 'KNITTING_AND_CROCHET_TOOLS'
    LAMP_SHADES = 'LAMP_SHADES'
    LAMPS = 'LAMPS'
    LANYARDS = 'LANYARDS'
    LAUNDRY_HAMPERS_AND_SUPPLIES = 'LAUNDRY_HAMPERS_AND_SUPPLIES'
    LAWN_AND_GARDEN = 'LAWN_AND_GARDEN'
    LAWN_AND_GARDEN_DECOR = 'LAWN_AND_GARDEN_DECOR'
    LAWN_ORNAMENTS_AND_GARDEN_SCULPTURES = 'LAWN_ORNAMENTS_AND_GARDEN_SCULPTURES'
    LEGGINGS = 'LEGGINGS'
    LEOTARDS_AND_UNITARDS = 'LEOTARDS_AND_UNITARDS'
    LIGHTING = 'LIGHTING'
    LIGHTING_ACCESSORIES = 'LIGHTING_ACCESSORIES'
    LIGHTING_FIXTURES = 'LIGHTING_FIXTURES'
    LIP_BALMS = 'LIP_BALMS'
    LIP_CARE = 'LIP_CARE'
    LIP_MAKEUP = 'LIP_MAKEUP'
    LIPSTICKS_AND_LIP_GLOSSES = 'LIPSTICKS_AND_LIP_GLOSSES'
    MAGAZINES_AND_NEWSPAPERS = 'MAGAZINES_AND_NEWSPAPERS'
    MAGNETS = 'MAGNETS'
    MAKEUP = 'MAKEUP'
    MAKEUP_TOOLS = 'MAKEUP_TOOLS'
    MASCARAS = 'MASCARAS'
    MATTRESSES = 'MATTRESSES'
    MEASURES_AND_RULERS = 'MEASURES_AND_RULERS'
    MEASURING_TOOLS_AND_SENSORS = 'MEASURING_TOOLS_AND_SENSORS'
    MESSENGER_BAGS = 'MESSENGER_BAGS'
    MIRRORS = 'MIRRORS'
    MUSIC_AND_SOUND_RECORDINGS = 'MUSIC_AND_SOUND_RECORDINGS'
    NAIL_ART = 'NAIL_ART'
    NAIL_ART_KIT_AND_TOOLS = 'NAIL_ART_KIT_AND_TOOLS'
    NAIL_CARE = 'NAIL_CARE'
    NAIL_POLISHES = 'NAIL_POLISHES'
    NAILS = 'NAILS'
    NECKLACES = 'NECKLACES'
    NECKTIES = 'NECKTIES'
    NIGHT_LIGHTS_AND_AMBIENT_LIGHTING = 'NIGHT_LIGHTS_AND_AMBIENT_LIGHTING'
    NIGHTSTANDS = 'NIGHTSTANDS'
    NOVELTY_SIGNS = 'NOVELTY_SIGNS'
    ONE_PIECES = 'ONE_PIECES'
    ONESIES = 'ONESIES'
    OTTOMANS = 'OTTOMANS'
    OUTDOOR_FURNITURE = 'OUTDOOR_FURNITURE'
    OUTDOOR_FURNITURE_SETS = 'OUTDOOR_FURNITURE_SETS'
    OUTDOOR_GAMES = 'OUTDOOR_GAMES'
    OUTDOOR_GRILLS = 'OUTDOOR_GRILLS'
    OUTDOOR_LIVING = 'OUTDOOR_LIVING'
    OUTDOOR_PLAY_EQUIPMENT = 'OUTDOOR_PLAY_EQUIPMENT'
    OUTDOOR_RECREATION = 'OUTDOOR_RECREATION'
    OUTDOOR_RUGS = 'OUTDOOR_RUGS'
    OUTDOOR_SEATING = 'OUTDOOR_SEATING'
    OUTDOOR_STRUCTURES = 'OUTDOOR_STRUCTURES'
    OUTDOOR_TABLES = 'OUTDOOR_TABLES'
    OUTERWEAR = 'OUTERWEAR'
    OVENS_AND_COOKTOPS = 'OVENS_AND_COOKTOPS'
    OVERALLS = 'OVERALLS'
    OXFORDS_AND_LOAFERS = 'OXFORDS_AND_LOAFERS'
    PAINT_AND_PAINT_TOOLS = 'PAINT_AND_PAINT_TOOLS'
    PANTS = 'PANTS'
    PAPER_CRAFTS = 'PAPER_CRAFTS'
    PARASOLS_AND_RAIN_UMBRELLAS = 'PARASOLS_AND_RAIN_UMBRELLAS'
    PARTY_AND_CELEBRATION = 'PARTY_AND_CELEBRATION'
    PENDANT_LIGHTS = 'PENDANT_LIGHTS'
    PENS_AND_PENCILS = 'PENS_AND_PENCILS'
    PERFUMES_AND_COLOGNES = 'PERFUMES_AND_COLOGNES'
    PET_CARRIERS_AND_CRATES = 'PET_CARRIERS_AND_CRATES'
    PET_COLLARS_AND_HARNESSES = 'PET_COLLARS_AND_HARNESSES'
    PET_SUPPLIES = 'PET_SUPPLIES'
    PHOTO_ALBUMS_AND_STORAGE = 'PHOTO_ALBUMS_AND_STORAGE'
    PICTURE_FRAMES = 'PICTURE_FRAMES'
    PILLOWCASES_AND_SHAMS = 'PILLOWCASES_AND_SHAMS'
    PINBACK_BUTTONS = 'PINBACK_BUTTONS'
    PLACEMATS = 'PLACEMATS'
    PLANTS = 'PLANTS'
    PONYTAIL_HOLDERS = 'PONYTAIL_HOLDERS'
    POOL_AND_SPA_ACCESSORIES = 'POOL_AND_SPA_ACCESSORIES'
    POSTERS_PRINTS_AND_VISUAL_ARTWORK = 'POSTERS_PRINTS_AND_VISUAL_ARTWORK'
    POTS_AND_PLANTERS = 'POTS_AND_PLANTERS'
    POTTERY_AND_SCULPTING = 'POTTERY_AND_SCULPTING'
    PRIMERS_AND_MAKEUP_SETTERS = 'PRIMERS_AND_MAKEUP_SETTERS'
    PUMPS = 'PUMPS'
    PUZZLES = 'PUZZLES'
    QUILTS_AND_COMFORTERS = 'QUILTS_AND_COMFORTERS'
    RAZORS_AND_SHAVING_TOOLS = 'RAZORS_AND_SHAVING_TOOLS'
    RINGS = 'RINGS'
    RUGS = 'RUGS'
    RUNNER_RUGS = 'RUNNER_RUGS'
    SANDALS = 'SANDALS'
    SASHES = 'SASHES'
    SAWS = 'SAWS'
    SCARVES_AND_SHAWLS = 'SCARVES_AND_SHAWLS'
    SCULPTURES_AND_STATUES = 'SCULPTURES_AND_STATUES'
    SEASONAL_AND_HOLIDAY_DECORATIONS = 'SEASONAL_AND_HOLIDAY_DECORATIONS'
    SEATING = 'SEATING'
    SERUMS_AND_ESSENCES = 'SERUMS_AND_ESSENCES'
    SERVEWARE = 'SERVEWARE'
    SEWING_MACHINES = 'SEWING_MACHINES'
    SEWING_PATTERNS = 'SEWING_PATTERNS'
    SHAMPOO_AND_CONDITIONER = 'SHAMPOO_AND_CONDITIONER'
    SHOE_ACCESSORIES = 'SHOE_ACCESSORIES'
    SHOES = 'SHOES'
    SHOPPING_TOTES = 'SHOPPING_TOTES'
    SHORTS = 'SHORTS'
    SHOWER_CURTAINS = 'SHOWER_CURTAINS'
    SKINCARE = 'SKINCARE'
    SKINCARE_MASKS_AND_PEELS = 'SKINCARE_MASKS_AND_PEELS'
    SKIRTS = 'SKIRTS'
    SLEEPWEAR_AND_LOUNGEWEAR = 'SLEEPWEAR_AND_LOUNGEWEAR'
    SLIPCOVERS_AND_CUSHIONS = 'SLIPCOVERS_AND_CUSHIONS'
    SLIPPERS = 'SLIPPERS'
    SNEAKERS_AND_ATHLETIC_SHOES = 'SNEAKERS_AND_ATHLETIC_SHOES'
    SOCKS_AND_TIGHTS = 'SOCKS_AND_TIGHTS'
    SOFAS = 'SOFAS'
    SPORTS_UNIFORMS = 'SPORTS_UNIFORMS'
    STEMWARE = 'STEMWARE'
    STOCKINGS = 'STOCKINGS'
    STORAGE_AND_ORGANIZATION = 'STORAGE_AND_ORGANIZATION'
    STORAGE_CABINETS_AND_LOCKERS = 'STORAGE_CABINETS_AND_LOCKERS'
    STORAGE_HOOKS_AND_RACKS = 'STORAGE_HOOKS_AND_RACKS'
    SUITCASES = 'SUITCASES'
    SUITS = 'SUITS'
    SUITS_AND_SUIT_SEPARATES = 'SUITS_AND_SUIT_SEPARATES'
    GLASSES_AND_SUNGLASSES = 'GLASSES_AND_SUNGLASSES'
    SUNSCREEN = 'SUNSCREEN'
    SWEATERS_AND_CARDIGANS = 'SWEATERS_AND_CARDIGANS'
    SWEATSHIRTS_AND_HOODIES = 'SWEATSHIRTS_AND_HOODIES'
    SWIMWEAR = 'SWIMWEAR'
    T_SHIRTS = 'T_SHIRTS'
    TABLE_LAMPS = 'TABLE_LAMPS'
    TABLE_RUNNERS = 'TABLE_RUNNERS'
    TABLECLOTHS = 'TABLECLOTHS'
    TABLES = 'TABLES'
    TABLEWARE = 'TABLEWARE'
    TANK_TOPS = 'TANK_TOPS'
    TANNING_OILS_AND_LOTIONS = 'TANNING_OILS_AND_LOTIONS'
    TEETH_WHITENING = 'TEETH_WHITENING'
    TEETH_WHITENING_TOOLS = 'TEETH_WHITENING_TOOLS'
    TELEPHONY = 'TELEPHONY'
    TEXTILE_AND_SEWING = 'TEXTILE_AND_SEWING'
    THREAD_AND_YARN = 'THREAD_AND_YARN'
    THROW_PILLOWS = 'THROW_PILLOWS'
    TIARAS = 'TIARAS'
    TOILET_PAPER_HOLDERS = 'TOILET_PAPER_HOLDERS'
    TONERS_AND_ASTRINGENTS = 'TONERS_AND_ASTRINGENTS'
    TOOL_STORAGE_AND_ORGANIZATION = 'TOOL_STORAGE_AND_ORGANIZATION'
    TOOLS = 'TOOLS'
    TOPS = 'TOPS'
    TOWEL_RACKS_AND_HOLDERS = 'TOWEL_RACKS_AND_HOLDERS'
    TOYS = 'TOYS'
    TRADITIONAL_AND_CEREMONIAL_CLOTHING = 'TRADITIONAL_AND_CEREMONIAL_CLOTHING'
    TUMBLERS_AND_WATER_BOTTLES = 'TUMBLERS_AND_WATER_BOTTLES'
    UNIFORMS = 'UNIFORMS'
    VASES = 'VASES'
    VEHICLE_PARTS_AND_ACCESSORIES = 'VEHICLE_PARTS_AND_ACCESSORIES'
    VEILS = 'VEILS'
    WALL_CLOCKS = 'WALL_CLOCKS'
    WALL_LIGHT_FIXTURES = 'WALL_LIGHT_FIXTURES'
    WALL_PAINTS = 'WALL_PAINTS'
    WALL_SHELVES_AND_LEDGES = 'WALL_SHELVES_AND_LEDGES'
    WALLETS_AND_CARD_CASES = 'WALLETS_AND_CARD_CASES'
    WALLPAPERS = 'WALLPAPERS'
    WATCHES = 'WATCHES'
    WATERING_AND_IRRIGATION = 'WATERING_AND_IRRIGATION'
    WEDDING_CEREMONY_DECOR = 'WEDDING_CEREMONY_DECOR'
    WEDDING_CLOTHING = 'WEDDING_CLOTHING'
    WEDDING_DECOR = 'WEDDING_DECOR'
    WEDDING_DRESS = 'WEDDING_DRESS'
    WEDDING_GIFTS = 'WEDDING_GIFTS'
    WEDDING_STATIONERY = 'WEDDING_STATIONERY'
    WEDDING_TABLE_DECOR = 'WEDDING_TABLE_DECOR'
    WIGS_AND_HAIR_EXTENSIONS = 'WIGS_AND_HAIR_EXTENSIONS'
    WINDOW_BLINDS_AND_SHADES = 'WINDOW_BLINDS_AND_SHADES'
    WINDOW_TREATMENT_ACCESSORIES = 'WINDOW_TREATMENT_ACCESSORIES'
    WINDOW_TREATMENTS = 'WINDOW_TREATMENTS'
    WINE_RACKS = 'WINE_RACKS'
    WOOD_BOARDS_AND_PLANKS = 'WOOD_BOARDS_AND_PLANKS'
    WOODWORKING_MATERIALS = 'WOODWORKING_MATERIALS'
    WOODWORKING_PLANS = 'WOODWORKING_PLANS'
    WORK_BENCHES = 'WORK_BENCHES'
    WREATHS_AND_GARLANDS = 'WREATHS_AND_GARLANDS'


class ProductCategoryRegion(Enum):
    """ProductCategoryRegion (component schema)."""

    US = 'US'
    GB_PLUSIE = 'GB+IE'
    CA = 'CA'


class ProductGroupAnalyticsResponse(ModelList):
    """ProductGroupAnalyticsResponse (component schema `ProductGroupAnalyticsResponse`)."""

    _item_type = 'ProductGroupAnalyticsResponseItem'


class ProductGroupAnalyticsResponseItem(Model):
    """ProductGroupAnalyticsResponseItem (inline schema)."""

    DATE: Optional[datetime.date]
    """Current metrics date. Only returned when granularity is a time-based value (`DAY`, `HOUR`, `WEEK`, `MONTH`)"""

    PRODUCT_GROUP_ID: str
    """The ID of the product group that this metrics belongs to."""

    _spec = (
        ('DATE', 'date'),
        ('PRODUCT_GROUP_ID', 'str', 'required', {'pattern': '^\\d+$'}),
    )


class ProductGroupPromotion(Model):
    """ProductGroupPromotion"""

    ad_group_id: Optional[str]
    """ID of the ad group the product group belongs to."""

    bid_in_micro_currency: Optional[int]
    """The bid in micro currency."""

    catalog_product_group_id: Optional[str]
    """ID of the catalogs product group that this product group promotion references"""

    catalog_product_group_name: Optional[str]
    """Catalogs product group name"""

    collections_header_type: Optional[str]
    """Collections ad header type"""

    collections_hero_destination_url: Optional[str]
    """Collections Hero Destination Url"""

    collections_hero_pin_id: Optional[str]
    """Hero Pin ID if this PG is promoted as a Collection"""

    creative_type: Optional[Union[CreativeType, str]]
    """Ad creative type enum.
    **Note:** SHOP_THE_PIN has been deprecated. Please use COLLECTION instead.
    """

    customizable_cta_type: Optional[str]
    """Select a call to action (CTA) to display below your ad. CTA options for catalog sales campaigns are SHOP_NOW, BOOK_NOW, ON_SALE, GET_DEAL, BUY_ONLINE_PICKUP_IN_STORE"""

    definition: Optional[str]
    """The full product group definition path"""

    grid_click_type: Optional[Union[GridClickType, str]]
    """Where a user is taken after clicking on an ad in grid. </p><strong>Note:</strong>  This parameter is read-only and is set to DIRECT_TO_DESTINATION by default for direct links supported ads.  grid_click_type values provided will be ignored."""

    id: Optional[str]
    """ID of the product group promotion."""

    included: Optional[bool]
    """True if the group is BIDDABLE, false if it should be EXCLUDED from serving ads."""

    is_generate_background: Optional[bool]
    """Enable generate backgrounds for the product group, default value is FALSE. When enabled, Pinterest will use generative AI to apply backgrounds for your product images that help drive user inspiration and engagement."""

    is_mdl: Optional[bool]
    """If set to true products promoted in this product group will use the Mobile Deep Link specified in your catalog"""

    parent_id: Optional[str]
    """The parent Product Group ID of this Product Group"""

    preferred_media_type: Optional[str]
    """Select whether to promote the image or video pin by default for items in the promoted product group. If selecting IMAGE, image will be promoted for all ads in the product group, and when selecting VIDEO, video will be promoted when present, otherwise fall back to image. This is applicable for standard shopping ads only."""

    relative_definition: Optional[str]
    """The definition of the product group, relative to its parent - an attribute name/value pair"""

    selected_image_tag: Optional[str]
    """The ad image tag selected for the product group promotion."""

    selected_video_tag: Optional[str]
    """The ad video tag selected for the product group promotion."""

    slideshow_collections_description: Optional[str]
    """Slideshow Collections Description"""

    slideshow_collections_title: Optional[str]
    """Slideshow Collections Title"""

    status: Optional[Union[EntityStatus, str]]
    """Entity status"""

    tracking_url: Optional[str]
    """Tracking template for proudct group promotions. 4000 limit"""

    _spec = (
        ('ad_group_id', 'str', '', {'pattern': '^(AG)?\\d+$'}),
        ('bid_in_micro_currency', 'int', 'nullable'),
        ('catalog_product_group_id', 'str', 'nullable', {'pattern': '^\\d+$'}),
        ('catalog_product_group_name', 'str', 'nullable'),
        ('collections_header_type', 'str', 'nullable', {'enum': ('SHOP_THIS_COLLECTION', 'EXPLORE_THIS_COLLECTION', 'NO_HEADER', 'ON_SALE', 'GET_DEAL')}),
        ('collections_hero_destination_url', 'str', 'nullable'),
        ('collections_hero_pin_id', 'str', 'nullable', {'pattern': '^\\d+$'}),
        ('creative_type', 'CreativeType'),
        ('customizable_cta_type', 'str', 'nullable', {'enum': ('SHOP_NOW', 'BOOK_NOW', 'ON_SALE', 'GET_DEAL', 'BUY_ONLINE_PICKUP_IN_STORE')}),
        ('definition', 'str', 'nullable'),
        ('grid_click_type', 'GridClickType', 'nullable'),
        ('id', 'str', '', {'pattern': '^\\d+$'}),
        ('included', 'bool', 'nullable'),
        ('is_generate_background', 'bool', 'nullable'),
        ('is_mdl', 'bool', 'nullable'),
        ('parent_id', 'str', 'nullable', {'pattern': '^\\d+$'}),
        ('preferred_media_type', 'str', 'nullable', {'enum': ('VIDEO', 'IMAGE')}),
        ('relative_definition', 'str', 'nullable'),
        ('selected_image_tag', 'str', 'nullable'),
        ('selected_video_tag', 'str', 'nullable'),
        ('slideshow_collections_description', 'str', 'nullable'),
        ('slideshow_collections_title', 'str', 'nullable'),
        ('status', 'EntityStatus'),
        ('tracking_url', 'str', 'nullable'),
    )


class ProductGroupPromotionArrayElement(Model):
    """Deprecated: from Pinterest's spec 5.6.0, no longer in the current spec; kept for code written against the original client.

    ProductGroupPromotionArrayElement
    """

    data: Optional[ProductGroupPromotion]
    """ProductGroupPromotion"""

    exceptions: Optional[Exception]
    """Generic exception class to be used within schemas"""

    _spec = (
        ('data', 'ProductGroupPromotion'),
        ('exceptions', 'Exception'),
    )


class ProductGroupPromotionArrayResponse(ModelList):
    """Deprecated: from Pinterest's spec 5.6.0, no longer in the current spec; kept for code written against the original client.

    Product group promotions array.
    """

    _item_type = 'ProductGroupPromotionArrayElement'


class ProductGroupPromotionCommon(Model):
    """Deprecated: from Pinterest's spec 5.6.0, no longer in the current spec; kept for code written against the original client.

    ProductGroupPromotionCommon
    """

    status: Optional[Union[EntityStatus, str]]
    """Entity status"""

    tracking_url: Optional[str]
    """Tracking template for proudct group promotions. 4000 limit"""

    catalogs_product_group_id: Optional[str]
    """ID of the catalogs product group that this product group promotion references"""

    catalogs_product_group_name: Optional[str]
    """Catalogs product group"""

    creative_type: Optional[Union[CreativeType, str]]
    """Ad creative type enum.
    **Note:** SHOP_THE_PIN has been deprecated. Please use COLLECTION instead.
    """

    collections_hero_pin_id: Optional[str]
    """Hero Pin ID if this PG is promoted as a Collection"""

    collections_hero_destination_url: Optional[str]
    """Collections Hero Destination Url"""

    slideshow_collections_title: Optional[str]
    """Slideshow Collections Title"""

    slideshow_collections_description: Optional[str]
    """Slideshow Collections Description"""

    is_mdl: Optional[bool]
    """If set to true products promoted in this product group will use the Mobile Deep Link specified in your catalog"""

    _spec = (
        ('status', 'EntityStatus'),
        ('tracking_url', 'str', 'nullable'),
        ('catalogs_product_group_id', 'str', '', {'pattern': '^\\d+$'}),
        ('catalogs_product_group_name', 'str'),
        ('creative_type', 'CreativeType'),
        ('collections_hero_pin_id', 'str', 'nullable', {'pattern': '^\\d+$'}),
        ('collections_hero_destination_url', 'str', 'nullable'),
        ('slideshow_collections_title', 'str', 'nullable'),
        ('slideshow_collections_description', 'str', 'nullable'),
        ('is_mdl', 'bool', 'nullable'),
    )


class ProductGroupPromotionCreateRequest(Model):
    """ProductGroupPromotionCreateRequest"""

    ad_group_id: str
    """ID of the Ad Group the Product Group Promotion belongs to."""

    product_group_promotion: List[ProductGroupPromotion]
    """product_group_promotion"""

    _spec = (
        ('ad_group_id', 'str', 'required', {'pattern': '^(AG)?\\d+$'}),
        ('product_group_promotion', 'list[ProductGroupPromotion]', 'required'),
    )


class ProductGroupPromotionCreateRequestElement(Model):
    """Deprecated: from Pinterest's spec 5.14.0, no longer in the current spec; kept for code written against the original client.

    ProductGroupPromotionCreateRequestElement
    """

    ad_group_id: Optional[str]
    """ID of the ad group the product group belongs to."""

    bid_in_micro_currency: Optional[int]
    """The bid in micro currency."""

    catalog_product_group_id: Optional[str]
    """ID of the catalogs product group that this product group promotion references"""

    catalog_product_group_name: Optional[str]
    """Catalogs product group name"""

    collections_header_type: Optional[str]
    """Collections ad header type"""

    collections_hero_destination_url: Optional[str]
    """Collections Hero Destination Url"""

    collections_hero_pin_id: Optional[str]
    """Hero Pin ID if this PG is promoted as a Collection"""

    creative_type: Optional[Union[CreativeType, str]]
    """Ad creative type enum.
    **Note:** SHOP_THE_PIN has been deprecated. Please use COLLECTION instead.
    """

    customizable_cta_type: Optional[str]
    """Select a call to action (CTA) to display below your ad. CTA options for catalog sales campaigns are SHOP_NOW, BOOK_NOW, ON_SALE, GET_DEAL, BUY_ONLINE_PICKUP_IN_STORE"""

    definition: Optional[str]
    """The full product group definition path"""

    grid_click_type: Optional[Union[GridClickType, str]]
    """Where a user is taken after clicking on an ad in grid. </p><strong>Note:</strong>  This parameter is read-only and is set to DIRECT_TO_DESTINATION by default for direct links supported ads.  grid_click_type values provided will be ignored."""

    id: Optional[str]
    """ID of the product group promotion."""

    included: Optional[bool]
    """True if the group is BIDDABLE, false if it should be EXCLUDED from serving ads."""

    is_generate_background: Optional[bool]
    """Enable generate backgrounds for the product group, default value is FALSE. When enabled, Pinterest will use generative AI to apply backgrounds for your product images that help drive user inspiration and engagement."""

    is_mdl: Optional[bool]
    """If set to true products promoted in this product group will use the Mobile Deep Link specified in your catalog"""

    parent_id: Optional[str]
    """The parent Product Group ID of this Product Group"""

    preferred_media_type: Optional[str]
    """Select whether to promote the image or video pin by default for items in the promoted product group. If selecting IMAGE, image will be promoted for all ads in the product group, and when selecting VIDEO, video will be promoted when present, otherwise fall back to image. This is applicable for standard shopping ads only."""

    relative_definition: Optional[str]
    """The definition of the product group, relative to its parent - an attribute name/value pair"""

    selected_image_tag: Optional[str]
    """The ad image tag selected for the product group promotion."""

    selected_video_tag: Optional[str]
    """The ad video tag selected for the product group promotion."""

    slideshow_collections_description: Optional[str]
    """Slideshow Collections Description"""

    slideshow_collections_title: Optional[str]
    """Slideshow Collections Title"""

    status: Optional[Union[EntityStatus, str]]
    """Entity status"""

    tracking_url: Optional[str]
    """Tracking template for proudct group promotions. 4000 limit"""

    _spec = (
        ('ad_group_id', 'str', '', {'pattern': '^(AG)?\\d+$'}),
        ('bid_in_micro_currency', 'int', 'nullable'),
        ('catalog_product_group_id', 'str', 'nullable', {'pattern': '^\\d+$'}),
        ('catalog_product_group_name', 'str', 'nullable'),
        ('collections_header_type', 'str', 'nullable', {'enum': ('SHOP_THIS_COLLECTION', 'EXPLORE_THIS_COLLECTION', 'NO_HEADER', 'ON_SALE', 'GET_DEAL')}),
        ('collections_hero_destination_url', 'str', 'nullable'),
        ('collections_hero_pin_id', 'str', 'nullable', {'pattern': '^\\d+$'}),
        ('creative_type', 'CreativeType'),
        ('customizable_cta_type', 'str', 'nullable', {'enum': ('SHOP_NOW', 'BOOK_NOW', 'ON_SALE', 'GET_DEAL', 'BUY_ONLINE_PICKUP_IN_STORE')}),
        ('definition', 'str', 'nullable'),
        ('grid_click_type', 'GridClickType', 'nullable'),
        ('id', 'str', '', {'pattern': '^\\d+$'}),
        ('included', 'bool', 'nullable'),
        ('is_generate_background', 'bool', 'nullable'),
        ('is_mdl', 'bool', 'nullable'),
        ('parent_id', 'str', 'nullable', {'pattern': '^\\d+$'}),
        ('preferred_media_type', 'str', 'nullable', {'enum': ('VIDEO', 'IMAGE')}),
        ('relative_definition', 'str', 'nullable'),
        ('selected_image_tag', 'str', 'nullable'),
        ('selected_video_tag', 'str', 'nullable'),
        ('slideshow_collections_description', 'str', 'nullable'),
        ('slideshow_collections_title', 'str', 'nullable'),
        ('status', 'EntityStatus'),
        ('tracking_url', 'str', 'nullable'),
    )


class ProductGroupPromotionResponse(Model):
    """ProductGroupPromotionResponse"""

    items: Optional[List[ProductGroupPromotionResponseItem]]

    _spec = (
        ('items', 'list[ProductGroupPromotionResponseItem]'),
    )


class ProductGroupPromotionResponseElement(Model):
    """Deprecated: from Pinterest's spec 5.14.0, no longer in the current spec; kept for code written against the original client.

    ProductGroupPromotionResponseElement
    """

    ad_group_id: Optional[str]
    """ID of the ad group the product group belongs to."""

    bid_in_micro_currency: Optional[int]
    """The bid in micro currency."""

    catalog_product_group_id: Optional[str]
    """ID of the catalogs product group that this product group promotion references"""

    catalog_product_group_name: Optional[str]
    """Catalogs product group name"""

    collections_header_type: Optional[str]
    """Collections ad header type"""

    collections_hero_destination_url: Optional[str]
    """Collections Hero Destination Url"""

    collections_hero_pin_id: Optional[str]
    """Hero Pin ID if this PG is promoted as a Collection"""

    creative_type: Optional[Union[CreativeType, str]]
    """Ad creative type enum.
    **Note:** SHOP_THE_PIN has been deprecated. Please use COLLECTION instead.
    """

    customizable_cta_type: Optional[str]
    """Select a call to action (CTA) to display below your ad. CTA options for catalog sales campaigns are SHOP_NOW, BOOK_NOW, ON_SALE, GET_DEAL, BUY_ONLINE_PICKUP_IN_STORE"""

    definition: Optional[str]
    """The full product group definition path"""

    grid_click_type: Optional[Union[GridClickType, str]]
    """Where a user is taken after clicking on an ad in grid. </p><strong>Note:</strong>  This parameter is read-only and is set to DIRECT_TO_DESTINATION by default for direct links supported ads.  grid_click_type values provided will be ignored."""

    id: Optional[str]
    """ID of the product group promotion."""

    included: Optional[bool]
    """True if the group is BIDDABLE, false if it should be EXCLUDED from serving ads."""

    is_generate_background: Optional[bool]
    """Enable generate backgrounds for the product group, default value is FALSE. When enabled, Pinterest will use generative AI to apply backgrounds for your product images that help drive user inspiration and engagement."""

    is_mdl: Optional[bool]
    """If set to true products promoted in this product group will use the Mobile Deep Link specified in your catalog"""

    parent_id: Optional[str]
    """The parent Product Group ID of this Product Group"""

    preferred_media_type: Optional[str]
    """Select whether to promote the image or video pin by default for items in the promoted product group. If selecting IMAGE, image will be promoted for all ads in the product group, and when selecting VIDEO, video will be promoted when present, otherwise fall back to image. This is applicable for standard shopping ads only."""

    relative_definition: Optional[str]
    """The definition of the product group, relative to its parent - an attribute name/value pair"""

    selected_image_tag: Optional[str]
    """The ad image tag selected for the product group promotion."""

    selected_video_tag: Optional[str]
    """The ad video tag selected for the product group promotion."""

    slideshow_collections_description: Optional[str]
    """Slideshow Collections Description"""

    slideshow_collections_title: Optional[str]
    """Slideshow Collections Title"""

    status: Optional[Union[EntityStatus, str]]
    """Entity status"""

    tracking_url: Optional[str]
    """Tracking template for proudct group promotions. 4000 limit"""

    _spec = (
        ('ad_group_id', 'str', '', {'pattern': '^(AG)?\\d+$'}),
        ('bid_in_micro_currency', 'int', 'nullable'),
        ('catalog_product_group_id', 'str', 'nullable', {'pattern': '^\\d+$'}),
        ('catalog_product_group_name', 'str', 'nullable'),
        ('collections_header_type', 'str', 'nullable', {'enum': ('SHOP_THIS_COLLECTION', 'EXPLORE_THIS_COLLECTION', 'NO_HEADER', 'ON_SALE', 'GET_DEAL')}),
        ('collections_hero_destination_url', 'str', 'nullable'),
        ('collections_hero_pin_id', 'str', 'nullable', {'pattern': '^\\d+$'}),
        ('creative_type', 'CreativeType'),
        ('customizable_cta_type', 'str', 'nullable', {'enum': ('SHOP_NOW', 'BOOK_NOW', 'ON_SALE', 'GET_DEAL', 'BUY_ONLINE_PICKUP_IN_STORE')}),
        ('definition', 'str', 'nullable'),
        ('grid_click_type', 'GridClickType', 'nullable'),
        ('id', 'str', '', {'pattern': '^\\d+$'}),
        ('included', 'bool', 'nullable'),
        ('is_generate_background', 'bool', 'nullable'),
        ('is_mdl', 'bool', 'nullable'),
        ('parent_id', 'str', 'nullable', {'pattern': '^\\d+$'}),
        ('preferred_media_type', 'str', 'nullable', {'enum': ('VIDEO', 'IMAGE')}),
        ('relative_definition', 'str', 'nullable'),
        ('selected_image_tag', 'str', 'nullable'),
        ('selected_video_tag', 'str', 'nullable'),
        ('slideshow_collections_description', 'str', 'nullable'),
        ('slideshow_collections_title', 'str', 'nullable'),
        ('status', 'EntityStatus'),
        ('tracking_url', 'str', 'nullable'),
    )


class ProductGroupPromotionResponseItem(Model):
    """ProductGroupPromotionResponseItem"""

    data: Optional[ProductGroupPromotion]
    """ProductGroupPromotion"""

    exceptions: Optional[List[Exception]]

    _spec = (
        ('data', 'ProductGroupPromotion'),
        ('exceptions', 'list[Exception]', 'nullable'),
    )


class ProductGroupPromotionUpdateRequest(Model):
    """ProductGroupPromotionUpdateRequest"""

    ad_group_id: str
    """ID of the ad group the product group belongs to."""

    product_group_promotion: List[ProductGroupPromotion]
    """product_group_promotion"""

    _spec = (
        ('ad_group_id', 'str', 'required', {'pattern': '^(AG)?\\d+$'}),
        ('product_group_promotion', 'list[ProductGroupPromotion]', 'required'),
    )


class ProductGroupPromotionUpdateResponseItem(Model):
    """Deprecated: from Pinterest's spec 5.6.0, no longer in the current spec; kept for code written against the original client.

    ProductGroupPromotionUpdateResponseItem
    """

    data: Optional[ProductGroupPromotion]
    """ProductGroupPromotion"""

    exceptions: Optional[Exception]
    """Generic exception class to be used within schemas"""

    _spec = (
        ('data', 'ProductGroupPromotion'),
        ('exceptions', 'Exception'),
    )


class ProductGroupPromotionsListResponse(Model):
    """ProductGroupPromotionsListResponse (inline schema)."""

    bookmark: Optional[str]

    items: List[ProductGroupPromotion]

    _spec = (
        ('bookmark', 'str', 'nullable'),
        ('items', 'list[ProductGroupPromotion]', 'required'),
    )


class ProductGroupReferenceFilter(Model):
    """PRODUCT_GROUP"""

    PRODUCT_GROUP: CatalogsProductGroupMultipleStringCriteria
    """catalogs_product_group_multiple_string_criteria"""

    _spec = (
        ('PRODUCT_GROUP', 'CatalogsProductGroupMultipleStringCriteria', 'required'),
    )
    _additional = None


class ProductGroupSummaryStatus(Enum):
    """Summary status for product group"""

    RUNNING = 'RUNNING'
    PAUSED = 'PAUSED'
    EXCLUDED = 'EXCLUDED'
    ARCHIVED = 'ARCHIVED'


class ProductType0Filter(Model):
    """PRODUCT_TYPE_0"""

    PRODUCT_TYPE_0: CatalogsProductGroupMultipleStringListCriteria
    """catalogs_product_group_multiple_string_list_criteria"""

    _spec = (
        ('PRODUCT_TYPE_0', 'CatalogsProductGroupMultipleStringListCriteria', 'required'),
    )
    _additional = None


class ProductType1Filter(Model):
    """PRODUCT_TYPE_1"""

    PRODUCT_TYPE_1: CatalogsProductGroupMultipleStringListCriteria
    """catalogs_product_group_multiple_string_list_criteria"""

    _spec = (
        ('PRODUCT_TYPE_1', 'CatalogsProductGroupMultipleStringListCriteria', 'required'),
    )
    _additional = None


class ProductType2Filter(Model):
    """PRODUCT_TYPE_2"""

    PRODUCT_TYPE_2: CatalogsProductGroupMultipleStringListCriteria
    """catalogs_product_group_multiple_string_list_criteria"""

    _spec = (
        ('PRODUCT_TYPE_2', 'CatalogsProductGroupMultipleStringListCriteria', 'required'),
    )
    _additional = None


class ProductType3Filter(Model):
    """PRODUCT_TYPE_3"""

    PRODUCT_TYPE_3: CatalogsProductGroupMultipleStringListCriteria
    """catalogs_product_group_multiple_string_list_criteria"""

    _spec = (
        ('PRODUCT_TYPE_3', 'CatalogsProductGroupMultipleStringListCriteria', 'required'),
    )
    _additional = None


class ProductType4Filter(Model):
    """PRODUCT_TYPE_4"""

    PRODUCT_TYPE_4: CatalogsProductGroupMultipleStringListCriteria
    """catalogs_product_group_multiple_string_list_criteria"""

    _spec = (
        ('PRODUCT_TYPE_4', 'CatalogsProductGroupMultipleStringListCriteria', 'required'),
    )
    _additional = None


class ProductsByProductGroupFilterListResponse(Model):
    """ProductsByProductGroupFilterListResponse (inline schema)."""

    bookmark: Optional[str]

    items: List[CatalogsProduct]
    """Pins"""

    _spec = (
        ('bookmark', 'str', 'nullable'),
        ('items', 'list[CatalogsProduct]', 'required'),
    )


class PromotionArrayElement(Model):
    """PromotionArrayElement"""

    data: Optional[PromotionResponse]
    """PromotionResponse"""

    exception: Optional[Exception]
    """Generic exception class to be used within schemas"""

    _spec = (
        ('data', 'PromotionResponse'),
        ('exception', 'Exception'),
    )


class PromotionCommon(Model):
    """Promotion"""

    discount_status: Optional[str]
    """Discount status based on the current time and start and end time of discount"""

    end_time: Optional[int]
    """Promotion end time. Unix timestamp in seconds. Independent of campaign end time."""

    external_id: Optional[str]
    """Platform-specific ID for this promotion. Will be null for promotions first created within Pinterest."""

    platform_type: Optional[str]
    """The source integration platform used when creating the promotion. Currently supported values are 'DEFAULT' and 'SHOPIFY'."""

    promotion_code: Optional[str]
    """Code that can be used to redeem a promotion."""

    promotion_custom_id: Optional[str]
    """An optional field for user defined promotion ID for this promotion. Will copy from Pinterest system generated ID if user did not provide one."""

    promotion_title: Optional[str]
    """Internal name for the promotion."""

    promotion_type: Optional[Union[PromotionType, str]]
    """Determines the displayed promotion text along with what parameters (if any) are needed to complete the template. This list is not finalized, and will be updated as new types are supported."""

    start_time: Optional[int]
    """Promotion start time. Unix timestamp in seconds. Independent of campaign start time."""

    template_values: Optional[List[PromotionTemplateValue]]
    """List of values to be inserted in the promotion type-specific template."""

    _spec = (
        ('discount_status', 'str', '', {'enum': ('OTHER', 'ACTIVE', 'PAUSED', 'SCHEDULED', 'EXPIRED')}),
        ('end_time', 'int'),
        ('external_id', 'str', '', {'max_length': 64}),
        ('platform_type', 'str'),
        ('promotion_code', 'str'),
        ('promotion_custom_id', 'str', '', {'max_length': 50}),
        ('promotion_title', 'str'),
        ('promotion_type', 'PromotionType'),
        ('start_time', 'int'),
        ('template_values', 'list[PromotionTemplateValue]', '', {'max_items': 2, 'min_items': 0}),
    )


class PromotionCreateRequest(Model):
    """PromotionCreateRequest (component schema `PromotionCreateRequest`)."""

    discount_status: Optional[str]
    """Discount status based on the current time and start and end time of discount"""

    end_time: Optional[int]
    """Promotion end time. Unix timestamp in seconds. Independent of campaign end time."""

    external_id: Optional[str]
    """Platform-specific ID for this promotion. Will be null for promotions first created within Pinterest."""

    platform_type: Optional[str]
    """The source integration platform used when creating the promotion. Currently supported values are 'DEFAULT' and 'SHOPIFY'."""

    promotion_code: Optional[str]
    """Code that can be used to redeem a promotion."""

    promotion_custom_id: Optional[str]
    """An optional field for user defined promotion ID for this promotion. Will copy from Pinterest system generated ID if user did not provide one."""

    promotion_title: str
    """Internal name for the promotion."""

    promotion_type: Union[PromotionType, str]
    """Determines the displayed promotion text along with what parameters (if any) are needed to complete the template. This list is not finalized, and will be updated as new types are supported."""

    start_time: Optional[int]
    """Promotion start time. Unix timestamp in seconds. Independent of campaign start time."""

    template_values: Optional[List[PromotionTemplateValue]]
    """List of values to be inserted in the promotion type-specific template."""

    _spec = (
        ('discount_status', 'str', '', {'enum': ('OTHER', 'ACTIVE', 'PAUSED', 'SCHEDULED', 'EXPIRED')}),
        ('end_time', 'int'),
        ('external_id', 'str', '', {'max_length': 64}),
        ('platform_type', 'str'),
        ('promotion_code', 'str'),
        ('promotion_custom_id', 'str', '', {'max_length': 50}),
        ('promotion_title', 'str', 'required'),
        ('promotion_type', 'PromotionType', 'required'),
        ('start_time', 'int'),
        ('template_values', 'list[PromotionTemplateValue]', '', {'max_items': 2, 'min_items': 0}),
    )


class PromotionResponse(Model):
    """PromotionResponse"""

    discount_status: Optional[str]
    """Discount status based on the current time and start and end time of discount"""

    end_time: Optional[int]
    """Promotion end time. Unix timestamp in seconds. Independent of campaign end time."""

    external_id: Optional[str]
    """Platform-specific ID for this promotion. Will be null for promotions first created within Pinterest."""

    platform_type: Optional[str]
    """The source integration platform used when creating the promotion. Currently supported values are 'DEFAULT' and 'SHOPIFY'."""

    promotion_code: Optional[str]
    """Code that can be used to redeem a promotion."""

    promotion_custom_id: Optional[str]
    """An optional field for user defined promotion ID for this promotion. Will copy from Pinterest system generated ID if user did not provide one."""

    promotion_title: Optional[str]
    """Internal name for the promotion."""

    promotion_type: Optional[Union[PromotionType, str]]
    """Determines the displayed promotion text along with what parameters (if any) are needed to complete the template. This list is not finalized, and will be updated as new types are supported."""

    start_time: Optional[int]
    """Promotion start time. Unix timestamp in seconds. Independent of campaign start time."""

    template_values: Optional[List[PromotionTemplateValue]]
    """List of values to be inserted in the promotion type-specific template."""

    ad_account_id: Optional[str]
    """The Ad Account ID that this promotion belongs to."""

    id: Optional[str]
    """Promotion ID"""

    status: Optional[Union[EntityStatus, str]]
    """Entity status"""

    _spec = (
        ('discount_status', 'str', '', {'enum': ('OTHER', 'ACTIVE', 'PAUSED', 'SCHEDULED', 'EXPIRED')}),
        ('end_time', 'int'),
        ('external_id', 'str', '', {'max_length': 64}),
        ('platform_type', 'str'),
        ('promotion_code', 'str'),
        ('promotion_custom_id', 'str', '', {'max_length': 50}),
        ('promotion_title', 'str'),
        ('promotion_type', 'PromotionType'),
        ('start_time', 'int'),
        ('template_values', 'list[PromotionTemplateValue]', '', {'max_items': 2, 'min_items': 0}),
        ('ad_account_id', 'str', '', {'pattern': '^\\d+$'}),
        ('id', 'str', '', {'pattern': '^\\d+$'}),
        ('status', 'EntityStatus'),
    )


class PromotionTemplateValue(Model):
    """Promotion template value"""

    amount: Optional[float]
    """Numeric value."""

    currency_code: Optional[Union[Currency, str]]
    """Currency Codes from ISO 4217"""

    custom_text: Optional[str]
    """Custom text."""

    percent: Optional[float]
    """Percent value."""

    _spec = (
        ('amount', 'float'),
        ('currency_code', 'Currency'),
        ('custom_text', 'str'),
        ('percent', 'float'),
    )


class PromotionType(Enum):
    """Determines the displayed promotion text along with what parameters (if any) are needed to complete the template. This list is not finalized, and will be updated as new types are supported."""

    VARIABLE = 'VARIABLE'
    SITEWIDE = 'SITEWIDE'
    CHECKOUT = 'CHECKOUT'
    SAVE_X_ON_Y = 'SAVE_X_ON_Y'
    BUY_X_GET_Y = 'BUY_X_GET_Y'
    SPEND_X_SAVE_Y = 'SPEND_X_SAVE_Y'
    FREE_SHIPPING = 'FREE_SHIPPING'
    FREE_SHIPPING_MINIMUM = 'FREE_SHIPPING_MINIMUM'
    FREE_SHIPPING_WITH_DISCOUNT = 'FREE_SHIPPING_WITH_DISCOUNT'
    SITEWIDE_IN_STORES = 'SITEWIDE_IN_STORES'
    EXTRA_PERCENT_OFF = 'EXTRA_PERCENT_OFF'
    GIFT_WITH_PURCHASE = 'GIFT_WITH_PURCHASE'
    GIFT_WITH_PURCHASE_MINIMUM = 'GIFT_WITH_PURCHASE_MINIMUM'
    FIXED = 'FIXED'
    PERCENT_OFF_CLEARANCE = 'PERCENT_OFF_CLEARANCE'
    X_OFF_Y = 'X_OFF_Y'
    GIFT_WITH_FIRST_PURCHASE = 'GIFT_WITH_FIRST_PURCHASE'
    BUY_X_GET_ONE_FREE = 'BUY_X_GET_ONE_FREE'
    CASH_BACK = 'CASH_BACK'
    POINTS_ON_ALL_PURCHASES = 'POINTS_ON_ALL_PURCHASES'
    BONUS = 'BONUS'
    POINTS_WITH_PURCHASE = 'POINTS_WITH_PURCHASE'
    CUSTOM = 'CUSTOM'


class PromotionUpdateRequest(Model):
    """PromotionUpdateRequest"""

    discount_status: Optional[str]
    """Discount status based on the current time and start and end time of discount"""

    end_time: Optional[int]
    """Promotion end time. Unix timestamp in seconds. Independent of campaign end time."""

    external_id: Optional[str]
    """Platform-specific ID for this promotion. Will be null for promotions first created within Pinterest."""

    platform_type: Optional[str]
    """The source integration platform used when creating the promotion. Currently supported values are 'DEFAULT' and 'SHOPIFY'."""

    promotion_code: Optional[str]
    """Code that can be used to redeem a promotion."""

    promotion_custom_id: Optional[str]
    """An optional field for user defined promotion ID for this promotion. Will copy from Pinterest system generated ID if user did not provide one."""

    promotion_title: Optional[str]
    """Internal name for the promotion."""

    promotion_type: Optional[Union[PromotionType, str]]
    """Determines the displayed promotion text along with what parameters (if any) are needed to complete the template. This list is not finalized, and will be updated as new types are supported."""

    start_time: Optional[int]
    """Promotion start time. Unix timestamp in seconds. Independent of campaign start time."""

    template_values: Optional[List[PromotionTemplateValue]]
    """List of values to be inserted in the promotion type-specific template."""

    id: str
    """Promotion ID"""

    status: Optional[Union[EntityStatus, str]]
    """Entity status"""

    _spec = (
        ('discount_status', 'str', '', {'enum': ('OTHER', 'ACTIVE', 'PAUSED', 'SCHEDULED', 'EXPIRED')}),
        ('end_time', 'int'),
        ('external_id', 'str', '', {'max_length': 64}),
        ('platform_type', 'str'),
        ('promotion_code', 'str'),
        ('promotion_custom_id', 'str', '', {'max_length': 50}),
        ('promotion_title', 'str'),
        ('promotion_type', 'PromotionType'),
        ('start_time', 'int'),
        ('template_values', 'list[PromotionTemplateValue]', '', {'max_items': 2, 'min_items': 0}),
        ('id', 'str', 'required', {'pattern': '^\\d+$'}),
        ('status', 'EntityStatus'),
    )


class PromotionsListResponse(Model):
    """PromotionsListResponse (inline schema)."""

    bookmark: Optional[str]

    items: List[PromotionResponse]

    _spec = (
        ('bookmark', 'str', 'nullable'),
        ('items', 'list[PromotionResponse]', 'required'),
    )


class PromotionsResponse(Model):
    """PromotionsResponse"""

    promotions: Optional[List[PromotionArrayElement]]

    _spec = (
        ('promotions', 'list[PromotionArrayElement]'),
    )


# Aliases (the spec gives these names to an existing type).
PinterestLibIntegerFormatType = str
"""PinterestLibIntegerFormatType (component schema `Pinterest.Lib.IntegerFormatType`)."""
