# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""The model classes whose names start with 'B': one module per initial, so that loading
every model takes a few dozen imports rather than a thousand. Import them from
``pinterest_client.models``, or from their own modules (``pinterest_client.model.board``).
"""

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Enum, Model, UnionModel

if TYPE_CHECKING:
    import datetime
    from typing import List, Optional, Union

    from pinterest_client.model._a import (
        ActionType,
        AdCreateRequest,
        AdGroupCreateRequest,
        AdGroupUpdateRequest,
        AdUpdateRequest,
        AssetIdPermissions,
    )
    from pinterest_client.model._c import (
        CampaignCreateRequest,
        CampaignSummaryStatus,
        CampaignUpdateRequest,
        CatalogsProductGroupMultipleStringCriteria,
        Country,
        CreativeType,
        Currency,
    )
    from pinterest_client.model._g import GetBusinessAssetsResponse, GetPartnerAssetsResponse
    from pinterest_client.model._k import KeywordsRequest, KeywordUpdate
    from pinterest_client.model._l import LabelCreateRequest
    from pinterest_client.model._o import ObjectiveType, OperationType, OptimizationGoalMetadata
    from pinterest_client.model._p import Pin, ProductGroupPromotionCreateRequest, ProductGroupPromotionUpdateRequest
    from pinterest_client.model._r import Role
    from pinterest_client.model._s import SharedAudienceAccount
    from pinterest_client.model._t import TargetingSpec
    from pinterest_client.model._u import UserSingleAssetBinding


class BaseInviteDataResponse(Model):
    """BaseInviteDataResponse (component schema `BaseInviteDataResponse`)."""

    id: Optional[str]
    """Unique identifier of the invite/request."""

    invite_data: Optional[BaseInviteDataResponseInviteData]
    """Metadata for the invite/request."""

    is_received_invite: Optional[bool]
    """Indicates whether the invite/request was received."""

    user: Optional[BusinessAccessUserSummary]
    """Metadata for the member/partner that was sent the invite/request."""

    _spec = (
        ('id', 'str', '', {'pattern': '^\\d+$'}),
        ('invite_data', 'BaseInviteDataResponseInviteData'),
        ('is_received_invite', 'bool'),
        ('user', 'BusinessAccessUserSummary'),
    )


class BaseInviteDataResponseInviteData(Model):
    """Metadata for the invite/request."""

    invite_expiration: Optional[int]
    """The date and time when the invite/request will expire. Returned in milliseconds."""

    invite_status: Optional[str]
    """The current status of the invite. The invite can be in one of the following states PENDING, ACCEPTED, DECLINED, CANCELLED, EXPIRED."""

    invite_type: Optional[str]
    """The type of invite. <br>'MEMBER_INVITE' is to invite a member to access your business assets. <br>'PARTNER_INVITE' is to invite a partner to access your business assets. <br>'PARTNER_REQUEST' is to request access a partner's business assets."""

    last_updated_time: Optional[int]
    """The date and time the invite/request was last updated. Returned in milliseconds."""

    sent_at: Optional[int]
    """The date and time the invite/request was sent/created. Returned in milliseconds."""

    _spec = (
        ('invite_expiration', 'int'),
        ('invite_status', 'str'),
        ('invite_type', 'str'),
        ('last_updated_time', 'int'),
        ('sent_at', 'int'),
    )


class BatchOperation(Enum):
    """The operation performed by the batch. The DELETE_DISCONTINUED operation only updates availablity to "Out of Stock"."""

    UPDATE = 'UPDATE'
    UPSERT = 'UPSERT'
    CREATE = 'CREATE'
    DELETE_DISCONTINUED = 'DELETE_DISCONTINUED'
    DELETE = 'DELETE'


class BatchOperationStatus(Enum):
    """The status of the operation performed by the batch"""

    PROCESSING = 'PROCESSING'
    COMPLETED = 'COMPLETED'
    FAILED = 'FAILED'


class BidFloor(Model):
    """BidFloor"""

    bid_floors: Optional[List[int]]
    """A list of bid floors in micro currency. For example, [100000, 200000]"""

    type: Optional[str]
    """Always the string 'bidfloor'"""

    _spec = (
        ('bid_floors', 'list[int]'),
        ('type', 'str'),
    )


class BidFloorRequest(Model):
    """BidFloorBody"""

    bid_floor_specs: List[BidFloorRequestBidFloorSpecsItem]
    """bid_floor_specs"""

    targeting_spec: Optional[TargetingSpec]
    """Ad group targeting specification defining the ad group target audience. For example, `{"APPTYPE":["iphone"], "GENDER":["male"], "LOCALE":["en-US"], "LOCATION":["501"], "MINIMUM_AGE":"18", "MAXIMUM_AGE":"65+"}`"""

    _spec = (
        ('bid_floor_specs', 'list[BidFloorRequestBidFloorSpecsItem]', 'required'),
        ('targeting_spec', 'TargetingSpec'),
    )


class BidFloorRequestBidFloorSpecsItem(Model):
    """BidFloorSpec"""

    billable_event: Union[ActionType, str]
    """Ad group billable event type. For update, only draft ad groups may update billable event."""

    countries: Optional[List[Union[Country, str]]]
    """countries"""

    creative_type: Optional[Union[CreativeType, str]]
    """Ad creative type enum.
    **Note:** SHOP_THE_PIN has been deprecated. Please use COLLECTION instead.
    """

    currency: Union[Currency, str]
    """Currency Codes from ISO 4217"""

    objective_type: Optional[Union[ObjectiveType, str]]
    """Intended result of the campaign.
    You can only update objectives for draft campaigns.
    `WEB_SESSIONS` and `VIDEO_VIEW` objectives are deprecated. We recommend using `VIDEO_COMPLETION` as an alternative for the latter.
    """

    optimization_goal_metadata: Optional[OptimizationGoalMetadata]

    _spec = (
        ('billable_event', 'ActionType', 'required'),
        ('countries', 'list[Country]'),
        ('creative_type', 'CreativeType'),
        ('currency', 'Currency', 'required'),
        ('objective_type', 'ObjectiveType'),
        ('optimization_goal_metadata', 'OptimizationGoalMetadata'),
    )


class BillingInvoiceDownloadResponse(Model):
    """BillingInvoiceDownloadResponse"""

    download_url: Optional[str]
    """The download url for the billing invoice"""

    id: Optional[str]
    """The billing invoice id"""

    _spec = (
        ('download_url', 'str'),
        ('id', 'str'),
    )


class BillingInvoiceResponse(Model):
    """BillingInvoiceResponse (component schema `BillingInvoiceResponse`)."""

    ad_account_id: Optional[str]
    """The ID of the ad account this invoice belongs to"""

    ad_account_name: Optional[str]
    """The name of the ad account this invoice belongs to"""

    amount_billed_micro_currency: Optional[int]
    """The amount billed in this invoice. Denoted in micro currency"""

    amount_discount_micro_currency: Optional[int]
    """The discount in this invoice. Denoted in micro currency"""

    amount_net_micro_currency: Optional[int]
    """The net amount in this invoice. Denoted in micro currency"""

    amount_tax_micro_currency: Optional[int]
    """The tax in this invoice. Denoted in micro currency"""

    bill_to_country: Optional[str]
    """The country of the bill to address"""

    billing_period_end_date: Optional[datetime.date]
    """The end date of the billing period. Format: YYYY-MM-DD"""

    billing_period_start_date: Optional[datetime.date]
    """The start date of the billing period. Format: YYYY-MM-DD"""

    currency: Optional[Union[Currency, str]]
    """Currency Codes from ISO 4217"""

    document_type: Optional[str]
    """The type of the document"""

    id: Optional[str]
    """Unique identifier for the billing invoice"""

    invoice_due_date: Optional[datetime.date]
    """The date the invoice is due. Format: YYYY-MM-DD"""

    payment_terms: Optional[str]
    """The payment terms of the invoice"""

    status: Optional[str]
    """The status of the invoice"""

    _spec = (
        ('ad_account_id', 'str', '', {'pattern': '^\\d+$'}),
        ('ad_account_name', 'str'),
        ('amount_billed_micro_currency', 'int'),
        ('amount_discount_micro_currency', 'int', 'nullable'),
        ('amount_net_micro_currency', 'int', 'nullable'),
        ('amount_tax_micro_currency', 'int', 'nullable'),
        ('bill_to_country', 'str'),
        ('billing_period_end_date', 'date', '', {'pattern': '^(\\d{4})-(\\d{2})-(\\d{2})$'}),
        ('billing_period_start_date', 'date', '', {'pattern': '^(\\d{4})-(\\d{2})-(\\d{2})$'}),
        ('currency', 'Currency'),
        ('document_type', 'str', '', {'enum': ('INVOICE', 'CREDIT_MEMO')}),
        ('id', 'str', '', {'pattern': '^\\d+$'}),
        ('invoice_due_date', 'date', '', {'pattern': '^(\\d{4})-(\\d{2})-(\\d{2})$'}),
        ('payment_terms', 'str'),
        ('status', 'str', '', {'enum': ('OPEN', 'CLOSED')}),
    )


class BillingInvoicesGetResponse(Model):
    """BillingInvoicesGetResponse (inline schema)."""

    bookmark: Optional[str]

    items: List[BillingInvoiceResponse]

    _spec = (
        ('bookmark', 'str', 'nullable'),
        ('items', 'list[BillingInvoiceResponse]', 'required'),
    )


class BillingProfilesGetResponse(Model):
    """BillingProfilesGetResponse (inline schema)."""

    bookmark: Optional[str]

    items: List[BillingProfilesResponse]

    _spec = (
        ('bookmark', 'str', 'nullable'),
        ('items', 'list[BillingProfilesResponse]', 'required'),
    )


class BillingProfilesResponse(Model):
    """BillingProfilesResponse (component schema `BillingProfilesResponse`)."""

    advertiser_id: Optional[str]
    """Advertiser ID of the billing."""

    billing_type: Optional[str]
    """Billing type of the advertiser"""

    card_type: Optional[str]
    """Type of the card."""

    id: Optional[str]
    """Billing ID."""

    payment_method_brand: Optional[str]
    """Brand of the payment method."""

    status: Optional[str]
    """Status of the billing."""

    _spec = (
        ('advertiser_id', 'str', '', {'pattern': '^\\d+$'}),
        ('billing_type', 'str', '', {'enum': ('CREDIT_CARD', 'INVOICE', 'INTERNAL', 'RECURRING', 'PREPAID')}),
        ('card_type', 'str', '', {'enum': ('UNKNOWN', 'VISA', 'MASTERCARD', 'AMERICAN_EXPRESS', 'DISCOVER', 'ELO')}),
        ('id', 'str', '', {'pattern': '^\\d+$'}),
        ('payment_method_brand', 'str', '', {'enum': ('UNKNOWN', 'VISA', 'MASTERCARD', 'AMERICAN_EXPRESS', 'DISCOVER', 'SOFORT', 'DINERS_CLUB', 'ELO', 'CARTE_BANCAIRE')}),
        ('status', 'str', '', {'enum': ('UNSPECIFIED', 'VALID', 'INVALID', 'PENDING', 'DELETED', 'SECONDARY', 'PENDING_SECONDARY')}),
    )


class Board(Model):
    """Board model containing properties related to a Pinterest Board."""

    board_pins_modified_at: Optional[datetime.datetime]
    """Date and time of last board pins modified."""

    collaborator_count: Optional[int]
    """Count of collaborators on the board."""

    created_at: Optional[datetime.datetime]
    """Date and time of board creation."""

    description: Optional[str]

    follower_count: Optional[int]
    """Board follower count."""

    id: str

    is_ads_only: Optional[bool]
    """If set to `true`, the board will be ad-only and can store ad-only Pins."""

    media: Optional[BoardMedia]
    """Board media."""

    name: str
    """Name of the board.

        **Note:** If you create an ad-only board by setting `is_ads_only`
        to `true`, the board name automatically becomes "Ad-only Pins".
    """

    owner: Optional[BoardOwner]

    pin_count: Optional[int]
    """Count of Pins on the board."""

    privacy: Optional[Union[BoardPrivacy, str]]
    """Privacy setting for a board. Learn more about [secret](https://help.pinterest.com/en/article/secret-boards)
        boards and [protected](https://help.pinterest.com/en/business/article/protected-boards) boards.

        **Note:** If you create an ad-only board by setting `is_ads_only`
        to `true`, the `privacy` settng automatically becomes `PROTECTED`.
    """

    _spec = (
        ('board_pins_modified_at', 'datetime', 'read_only'),
        ('collaborator_count', 'int', 'read_only', {'minimum': 0}),
        ('created_at', 'datetime', 'read_only'),
        ('description', 'str', 'nullable'),
        ('follower_count', 'int', 'read_only', {'minimum': 0}),
        ('id', 'str', 'required read_only', {'pattern': '^\\d+$'}),
        ('is_ads_only', 'bool'),
        ('media', 'BoardMedia', 'read_only'),
        ('name', 'str', 'required'),
        ('owner', 'BoardOwner', 'read_only'),
        ('pin_count', 'int', 'read_only', {'minimum': 0}),
        ('privacy', 'BoardPrivacy'),
    )


class BoardBase(Model):
    """BoardBase (component schema `BoardBase`)."""

    board_pins_modified_at: Optional[datetime.datetime]
    """Date and time of last board pins modified."""

    collaborator_count: Optional[int]
    """Count of collaborators on the board."""

    created_at: Optional[datetime.datetime]
    """Date and time of board creation."""

    description: Optional[str]

    follower_count: Optional[int]
    """Board follower count."""

    id: str

    is_ads_only: Optional[bool]
    """If set to `true`, the board will be ad-only and can store ad-only Pins."""

    media: Optional[BoardMedia]
    """Board media."""

    name: str
    """Name of the board.

        **Note:** If you create an ad-only board by setting `is_ads_only`
        to `true`, the board name automatically becomes "Ad-only Pins".
    """

    owner: Optional[BoardOwner]

    pin_count: Optional[int]
    """Count of Pins on the board."""

    _spec = (
        ('board_pins_modified_at', 'datetime', 'read_only'),
        ('collaborator_count', 'int', 'read_only', {'minimum': 0}),
        ('created_at', 'datetime', 'read_only'),
        ('description', 'str', 'nullable'),
        ('follower_count', 'int', 'read_only', {'minimum': 0}),
        ('id', 'str', 'required read_only', {'pattern': '^\\d+$'}),
        ('is_ads_only', 'bool'),
        ('media', 'BoardMedia', 'read_only'),
        ('name', 'str', 'required'),
        ('owner', 'BoardOwner', 'read_only'),
        ('pin_count', 'int', 'read_only', {'minimum': 0}),
    )


class BoardCategoriesEnum(Enum):
    """Deprecated: from Pinterest's spec 5.8.0, no longer in the current spec; kept for code written against the original client.

    Board category.
    """

    ANIMALS = 'animals'
    APPAREL = 'apparel'
    ARCHITECTURE = 'architecture'
    ART = 'art'
    ART_ARCH = 'art_arch'
    CARS_MOTORCYCLES = 'cars_motorcycles'
    CELEBRITIES = 'celebrities'
    CELEBRITIES_PUBLI = 'celebrities_publi'
    COMMERCE = 'commerce'
    CORGIS = 'corgis'
    CULTURE = 'culture'
    DESIGN = 'design'
    DIY_CRAFTS = 'diy_crafts'
    EDUCATION = 'education'
    EVERYTHING = 'everything'
    FASHION = 'fashion'
    FEATURED = 'featured'
    FILM_MUSIC_BOOKS = 'film_music_books'
    FITNESS = 'fitness'
    FOOD_DRINK = 'food_drink'
    FOR_DAD = 'for_dad'
    FRESH = 'fresh'
    GARDENING = 'gardening'
    GEEK = 'geek'
    GIFT_GUIDES = 'gift_guides'
    GIFTS = 'gifts'
    HAIR_BEAUTY = 'hair_beauty'
    HEALTH_FITNESS = 'health_fitness'
    HISTORY = 'history'
    HOLIDAYS = 'holidays'
    HOLIDAYS_EVENTS = 'holidays_events'
    HOME = 'home'
    HOME_DECOR = 'home_decor'
    HOME_IMPROVEMENT = 'home_improvement'
    HUMOR = 'humor'
    ILLUSTRATIONS_POS = 'illustrations_pos'
    KIDS = 'kids'
    MEN_APPAREL = 'men_apparel'
    MENS_FASHION = 'mens_fashion'
    MYLIFE = 'mylife'
    OTHER = 'other'
    OUTDOORS = 'outdoors'
    PEOPLE = 'people'
    PETS = 'pets'
    PHOTOGRAPHY = 'photography'
    POPULAR = 'popular'
    PRINTS_POSTERS = 'prints_posters'
    PRODUCTS = 'products'
    QUOTES = 'quotes'
    SCIENCE = 'science'
    SCIENCE_NATURE = 'science_nature'
    SHOP = 'shop'
    SHOP_SPACE = 'shop_space'
    SPORTS = 'sports'
    TATTOOS = 'tattoos'
    TECHNOLOGY = 'technology'
    TRAVEL = 'travel'
    TRAVEL_PLACES = 'travel_places'
    VIDEOS = 'videos'
    WEDDING_EVENTS = 'wedding_events'
    WEDDINGS = 'weddings'
    WOMEN_APPAREL = 'women_apparel'
    WOMENS_FASHION = 'womens_fashion'


class BoardCreate(Model):
    """Resource create operation model."""

    description: Optional[str]

    is_ads_only: Optional[bool]
    """If set to `true`, the board will be ad-only and can store ad-only Pins."""

    name: str
    """Name of the board.

        **Note:** If you create an ad-only board by setting `is_ads_only`
        to `true`, the board name automatically becomes "Ad-only Pins".
    """

    privacy: Optional[Union[BoardPrivacy, str]]
    """Privacy setting for a board. Learn more about [secret](https://help.pinterest.com/en/article/secret-boards)
        boards and [protected](https://help.pinterest.com/en/business/article/protected-boards) boards.

        **Note:** If you create an ad-only board by setting `is_ads_only`
        to `true`, the `privacy` settng automatically becomes `PROTECTED`.
    """

    _spec = (
        ('description', 'str', 'nullable'),
        ('is_ads_only', 'bool'),
        ('name', 'str', 'required'),
        ('privacy', 'BoardPrivacy'),
    )


class BoardInfo(Model):
    """Deprecated: from Pinterest's spec 5.8.0, no longer in the current spec; kept for code written against the original client.

    Represents a summary/info of a Board.
    """

    board_order_modified_at: Optional[datetime.datetime]

    category: Optional[Union[BoardCategoriesEnum, str]]
    """Deprecated: from Pinterest's spec 5.8.0, no longer in the current spec; kept for code written against the original client.

    Board category.
    """

    collaborated_by_me: Optional[bool]

    created_at: Optional[datetime.datetime]

    followed_by_me: Optional[bool]

    id: Optional[str]

    image_thumbnail_url: Optional[str]

    is_collaborative: Optional[bool]

    layout: Optional[str]

    name: Optional[str]

    type: Optional[str]

    url: Optional[str]

    _spec = (
        ('board_order_modified_at', 'datetime'),
        ('category', 'BoardCategoriesEnum'),
        ('collaborated_by_me', 'bool'),
        ('created_at', 'datetime'),
        ('followed_by_me', 'bool'),
        ('id', 'str'),
        ('image_thumbnail_url', 'str'),
        ('is_collaborative', 'bool'),
        ('layout', 'str', '', {'enum': ('class_community', 'default', 'places', 'quick_creates', 'quick_saves', 'screenshot', 'shuffles', 'taking_classes', 'taught_classes', 'travel')}),
        ('name', 'str'),
        ('type', 'str', '', {'enum': ('board',)}),
        ('url', 'str'),
    )


class BoardMedia(Model):
    """Board media."""

    image_cover_url: Optional[str]
    """Board cover image"""

    pin_thumbnail_urls: Optional[List[str]]
    """Board pin thumbnail urls."""

    _spec = (
        ('image_cover_url', 'str', 'nullable'),
        ('pin_thumbnail_urls', 'list[str]'),
    )


class BoardOwner(Model):
    """Board owner containing the username."""

    username: Optional[str]

    _spec = (
        ('username', 'str', 'read_only'),
    )


class BoardPrivacy(Enum):
    """BoardPrivacy (component schema)."""

    PUBLIC = 'PUBLIC'
    PROTECTED = 'PROTECTED'
    SECRET = 'SECRET'


class BoardPrivacyFilter(Enum):
    """BoardPrivacyFilter (component schema `BoardPrivacyFilter`)."""

    ALL = 'ALL'
    PUBLIC = 'PUBLIC'
    PROTECTED = 'PROTECTED'
    SECRET = 'SECRET'
    PUBLIC_AND_SECRET = 'PUBLIC_AND_SECRET'


class BoardSection(Model):
    """Sections help organize pins within a board."""

    id: Optional[str]

    name: str

    _spec = (
        ('id', 'str', 'read_only'),
        ('name', 'str', 'required', {'max_length': 180, 'min_length': 1}),
    )


class BoardSectionsListPinsResponse(Model):
    """BoardSectionsListPinsResponse (inline schema)."""

    bookmark: Optional[str]

    items: List[Pin]
    """Pins"""

    _spec = (
        ('bookmark', 'str', 'nullable'),
        ('items', 'list[Pin]', 'required'),
    )


class BoardSectionsListResponse(Model):
    """BoardSectionsListResponse (inline schema)."""

    bookmark: Optional[str]

    items: List[BoardSection]
    """Board sections"""

    _spec = (
        ('bookmark', 'str', 'nullable'),
        ('items', 'list[BoardSection]', 'required'),
    )


class BoardUpdate(Model):
    """Deprecated: from Pinterest's spec 5.14.0, no longer in the current spec; kept for code written against the original client.

    Board fields for updates
    """

    name: Optional[str]

    description: Optional[str]

    privacy: Optional[str]

    _spec = (
        ('name', 'str'),
        ('description', 'str', 'nullable'),
        ('privacy', 'str', '', {'enum': ('PUBLIC', 'SECRET')}),
    )


class BoardUpdatePrivacy(Enum):
    """BoardUpdatePrivacy (component schema `BoardUpdatePrivacy`)."""

    PUBLIC = 'PUBLIC'
    SECRET = 'SECRET'


class BoardWithUpdatePrivacy(Model):
    """BoardWithUpdatePrivacy (component schema `BoardWithUpdatePrivacy`)."""

    board_pins_modified_at: Optional[datetime.datetime]
    """Date and time of last board pins modified."""

    collaborator_count: Optional[int]
    """Count of collaborators on the board."""

    created_at: Optional[datetime.datetime]
    """Date and time of board creation."""

    description: Optional[str]

    follower_count: Optional[int]
    """Board follower count."""

    id: str

    is_ads_only: Optional[bool]
    """If set to `true`, the board will be ad-only and can store ad-only Pins."""

    media: Optional[BoardMedia]
    """Board media."""

    name: str
    """Name of the board.

        **Note:** If you create an ad-only board by setting `is_ads_only`
        to `true`, the board name automatically becomes "Ad-only Pins".
    """

    owner: Optional[BoardOwner]

    pin_count: Optional[int]
    """Count of Pins on the board."""

    privacy: Optional[Union[BoardUpdatePrivacy, str]]

    _spec = (
        ('board_pins_modified_at', 'datetime', 'read_only'),
        ('collaborator_count', 'int', 'read_only', {'minimum': 0}),
        ('created_at', 'datetime', 'read_only'),
        ('description', 'str', 'nullable'),
        ('follower_count', 'int', 'read_only', {'minimum': 0}),
        ('id', 'str', 'required read_only', {'pattern': '^\\d+$'}),
        ('is_ads_only', 'bool'),
        ('media', 'BoardMedia', 'read_only'),
        ('name', 'str', 'required'),
        ('owner', 'BoardOwner', 'read_only'),
        ('pin_count', 'int', 'read_only', {'minimum': 0}),
        ('privacy', 'BoardUpdatePrivacy'),
    )


class BoardWithUpdatePrivacyUpdate(Model):
    """Resource create or update operation model."""

    description: Optional[str]

    name: Optional[str]
    """Name of the board.

        **Note:** If you create an ad-only board by setting `is_ads_only`
        to `true`, the board name automatically becomes "Ad-only Pins".
    """

    privacy: Optional[Union[BoardUpdatePrivacy, str]]

    _spec = (
        ('description', 'str', 'nullable'),
        ('name', 'str'),
        ('privacy', 'BoardUpdatePrivacy'),
    )


class BoardsListPinsResponse(Model):
    """BoardsListPinsResponse (inline schema)."""

    bookmark: Optional[str]

    items: List[Pin]
    """Pins"""

    _spec = (
        ('bookmark', 'str', 'nullable'),
        ('items', 'list[Pin]', 'required'),
    )


class BoardsListResponse(Model):
    """BoardsListResponse (inline schema)."""

    bookmark: Optional[str]

    items: List[Board]

    _spec = (
        ('bookmark', 'str', 'nullable'),
        ('items', 'list[Board]', 'required'),
    )


class BoardsUserFollowsListResponse(Model):
    """BoardsUserFollowsListResponse (inline schema)."""

    bookmark: Optional[str]

    items: List[Board]

    _spec = (
        ('bookmark', 'str', 'nullable'),
        ('items', 'list[Board]', 'required'),
    )


class BookClosedResponse(Model):
    """Creation fields"""

    conversion_metrics_ready: Optional[bool]
    """Are conversion metrics ready?"""

    non_conversion_metrics_ready: Optional[bool]
    """Are non-conversion metrics ready?"""

    _spec = (
        ('conversion_metrics_ready', 'bool'),
        ('non_conversion_metrics_ready', 'bool'),
    )


class BrandAccountsCreateRequest(Model):
    """BrandAccountsCreateRequest (inline schema)."""

    name: str
    """Brand Account name"""

    username: str
    """Brand Account username"""

    country: Union[Country, str]
    """Country ID from ISO 3166-1 alpha-2."""

    about: Optional[str]
    """Brand Account about information"""

    website: Optional[str]
    """Brand Account website"""

    profile_image: Optional[BrandAccountsCreateRequestProfileImage]
    """Base64-encoded image media source"""

    _spec = (
        ('name', 'str', 'required'),
        ('username', 'str', 'required'),
        ('country', 'Country', 'required'),
        ('about', 'str'),
        ('website', 'str'),
        ('profile_image', 'BrandAccountsCreateRequestProfileImage'),
    )


class BrandAccountsCreateRequestProfileImage(Model):
    """Base64-encoded image media source"""

    content_type: str

    data: str

    _spec = (
        ('content_type', 'str', 'required', {'enum': ('image/jpeg', 'image/png')}),
        ('data', 'str', 'required', {'pattern': '[a-zA-Z0-9+\\/=]+'}),
    )


class BrandAccountsCreateResponse(Model):
    """BrandAccountsCreateResponse (inline schema)."""

    brand_account_id: Optional[str]
    """id of the newly created brand account"""

    _spec = (
        ('brand_account_id', 'str'),
    )


class BrandAccountsUpdateRequest(Model):
    """BrandAccountsUpdateRequest (inline schema)."""

    name: Optional[str]
    """Brand Account name"""

    username: Optional[str]
    """Brand Account username"""

    country: Optional[Union[Country, str]]
    """Country ID from ISO 3166-1 alpha-2."""

    about: Optional[str]
    """Brand Account about information"""

    website: Optional[str]
    """Brand Account website"""

    profile_image: Optional[BrandAccountsUpdateRequestProfileImage]
    """Base64-encoded image media source"""

    _spec = (
        ('name', 'str'),
        ('username', 'str'),
        ('country', 'Country'),
        ('about', 'str'),
        ('website', 'str'),
        ('profile_image', 'BrandAccountsUpdateRequestProfileImage'),
    )


class BrandAccountsUpdateRequestProfileImage(Model):
    """Base64-encoded image media source"""

    content_type: str

    data: str

    _spec = (
        ('content_type', 'str', 'required', {'enum': ('image/jpeg', 'image/png')}),
        ('data', 'str', 'required', {'pattern': '[a-zA-Z0-9+\\/=]+'}),
    )


class BrandAccountsUpdateResponse(Model):
    """BrandAccountsUpdateResponse (inline schema)."""

    brand_account_id: Optional[str]
    """id of the newly created brand account"""

    _spec = (
        ('brand_account_id', 'str'),
    )


class BrandFilter(Model):
    """BRAND"""

    BRAND: CatalogsProductGroupMultipleStringCriteria
    """catalogs_product_group_multiple_string_criteria"""

    _spec = (
        ('BRAND', 'CatalogsProductGroupMultipleStringCriteria', 'required'),
    )
    _additional = None


class BudgetType(Enum):
    """Budget type. If DAILY, an ad group's daily spend will not exceed the budget parameter value. If LIFETIME, the end_time parameter is **REQUIRED**, and the ad group spend is spread evenly between the ad group `start_time` and `end_time` range. A CBO campaign automatically generates ad group budgets from its campaign budget to maximize campaign outcome. For CBO campaigns, only "CBO_ADGROUP" is allowed. For WEB_SESSIONS campaigns, only "LIFETIME" is allowed. For update, only draft ad groups may update budget type."""

    DAILY = 'DAILY'
    LIFETIME = 'LIFETIME'
    CBO_ADGROUP = 'CBO_ADGROUP'


class BulkDownloadRequest(Model):
    """Ad entities to get in bulk request."""

    campaign_filter: Optional[BulkDownloadRequestCampaignFilter]

    entity_ids: Optional[List[str]]
    """All entities specified by these IDs as well as their children and grandchildren will be downloaded if the entity type is one of the types requested to be downloaded."""

    entity_types: Optional[List[Union[BulkEntityType, str]]]
    """All entity types specified will be downloaded. Fewer types result in faster downloads."""

    output_format: Optional[Union[BulkOutputFormat, str]]

    updated_since: Optional[str]
    """Unix UTC timestamp to retrieve all entities that have changed since this time."""

    _spec = (
        ('campaign_filter', 'BulkDownloadRequestCampaignFilter'),
        ('entity_ids', 'list[str]', '', {'items': {'pattern': '^\\d+$'}}),
        ('entity_types', 'list[BulkEntityType]', '', {'max_items': 6, 'min_items': 1}),
        ('output_format', 'BulkOutputFormat'),
        ('updated_since', 'str', '', {'pattern': '^\\d+$'}),
    )


class BulkDownloadRequestCampaignFilter(Model):
    """BulkDownloadRequestCampaignFilter (inline schema)."""

    campaign_status: Optional[List[Union[CampaignSummaryStatus, str]]]

    end_time: Optional[str]
    """Unix UTC timestamp."""

    name: Optional[str]
    """Campaign name"""

    objective_type: Optional[List[Union[ObjectiveType, str]]]

    start_time: Optional[str]
    """Unix UTC timestamp."""

    _spec = (
        ('campaign_status', 'list[CampaignSummaryStatus]'),
        ('end_time', 'str', '', {'pattern': '^\\d+$'}),
        ('name', 'str'),
        ('objective_type', 'list[ObjectiveType]'),
        ('start_time', 'str', '', {'pattern': '^\\d+$'}),
    )


class BulkDownloadResponse(Model):
    """BulkDownloadResponse (component schema `BulkDownloadResponse`)."""

    request_id: Optional[str]
    """ID of the bulk request."""

    _spec = (
        ('request_id', 'str'),
    )


class BulkEntityType(Enum):
    """Refers ads entity type. Schedule enum is only applicable to beta users"""

    CAMPAIGN = 'CAMPAIGN'
    AD_GROUP = 'AD_GROUP'
    PRODUCT_GROUP = 'PRODUCT_GROUP'
    AD = 'AD'
    KEYWORD = 'KEYWORD'
    LABEL = 'LABEL'
    SCHEDULE = 'SCHEDULE'


class BulkOutputFormat(Enum):
    """Bulk file output format"""

    CSV = 'CSV'
    JSON = 'JSON'


class BulkPinAnalyticsResponse(Model):
    """BulkPinAnalyticsResponse (component schema `BulkPinAnalyticsResponse`)."""
    _additional = 'PinAnalyticsResponse'


class BulkReportingJobStatus(Enum):
    """Possible status for a bulk reporting job"""

    DOES_NOT_EXIST = 'DOES_NOT_EXIST'
    FINISHED = 'FINISHED'
    IN_PROGRESS = 'IN_PROGRESS'
    EXPIRED = 'EXPIRED'
    FAILED = 'FAILED'
    CANCELLED = 'CANCELLED'


class BulkUpsertRequest(Model):
    """Two set of objects to be managed asyncronusly by bulk. One for creations, one for modifications."""

    create: Optional[BulkUpsertRequestCreate]
    """Request for creation of entities in bulk."""

    update: Optional[BulkUpsertRequestUpdate]
    """Request for creation of entities in bulk."""

    _spec = (
        ('create', 'BulkUpsertRequestCreate'),
        ('update', 'BulkUpsertRequestUpdate'),
    )


class BulkUpsertRequestCreate(Model):
    """Request for creation of entities in bulk."""

    ad_groups: Optional[List[AdGroupCreateRequest]]

    ads: Optional[List[AdCreateRequest]]

    campaigns: Optional[List[CampaignCreateRequest]]

    catalog_product_groups: Optional[List[BulkUpsertRequestCreateCatalogProductGroupsItem]]

    keywords: Optional[List[KeywordsRequest]]

    labels: Optional[List[LabelCreateRequest]]

    product_groups: Optional[List[ProductGroupPromotionCreateRequest]]

    _spec = (
        ('ad_groups', 'list[AdGroupCreateRequest]'),
        ('ads', 'list[AdCreateRequest]'),
        ('campaigns', 'list[CampaignCreateRequest]'),
        ('catalog_product_groups', 'list[BulkUpsertRequestCreateCatalogProductGroupsItem]'),
        ('keywords', 'list[KeywordsRequest]'),
        ('labels', 'list[LabelCreateRequest]'),
        ('product_groups', 'list[ProductGroupPromotionCreateRequest]'),
    )


class BulkUpsertRequestCreateCatalogProductGroupsItem(UnionModel):
    """BulkUpsertRequestCreateCatalogProductGroupsItem (inline schema).

    One of: `CatalogsProductGroupCreateRequest`, `CatalogsVerticalProductGroupCreateRequest`.
    """

    _variants = ('CatalogsProductGroupCreateRequest', 'CatalogsVerticalProductGroupCreateRequest')


class BulkUpsertRequestUpdate(Model):
    """Request for creation of entities in bulk."""

    ad_groups: Optional[List[AdGroupUpdateRequest]]

    ads: Optional[List[AdUpdateRequest]]

    campaigns: Optional[List[CampaignUpdateRequest]]

    catalog_product_groups: Optional[List[BulkUpsertRequestUpdateCatalogProductGroupsItem]]

    keywords: Optional[List[KeywordUpdate]]

    labels: Optional[List[BulkUpsertRequestUpdateLabelsItem]]

    product_groups: Optional[List[ProductGroupPromotionUpdateRequest]]

    _spec = (
        ('ad_groups', 'list[AdGroupUpdateRequest]'),
        ('ads', 'list[AdUpdateRequest]'),
        ('campaigns', 'list[CampaignUpdateRequest]'),
        ('catalog_product_groups', 'list[BulkUpsertRequestUpdateCatalogProductGroupsItem]'),
        ('keywords', 'list[KeywordUpdate]'),
        ('labels', 'list[BulkUpsertRequestUpdateLabelsItem]'),
        ('product_groups', 'list[ProductGroupPromotionUpdateRequest]'),
    )


class BulkUpsertRequestUpdateCatalogProductGroupsItem(UnionModel):
    """BulkUpsertRequestUpdateCatalogProductGroupsItem (inline schema).

    One of: `CatalogsProductGroupUpdateRequest`, `CatalogsVerticalProductGroupUpdateRequest`.
    """

    _variants = ('CatalogsProductGroupUpdateRequest', 'CatalogsVerticalProductGroupUpdateRequest')


class BulkUpsertRequestUpdateLabelsItem(Model):
    """LabelBulkUpdateRequest"""

    id: str
    """Label ID."""

    status: Optional[str]
    """Set status to `ARCHIVED` to remove the label from the parent entity."""

    value: Optional[str]
    """</p><strong>Note:</strong> value field will be deprecated. Label name. 100-character limit."""

    _spec = (
        ('id', 'str', 'required'),
        ('status', 'str', '', {'enum': ('ARCHIVED',)}),
        ('value', 'str', '', {'max_length': 100}),
    )


class BulkUpsertResponse(Model):
    """ID of the bulk request."""

    request_id: Optional[str]

    _spec = (
        ('request_id', 'str'),
    )


class BulkUpsertStatus(Enum):
    """BulkUpsertStatus (component schema `BulkUpsertStatus`)."""

    RUNNING = 'RUNNING'
    SUCCEEDED = 'SUCCEEDED'
    FAILED = 'FAILED'


class BulkUpsertStatusResponse(Model):
    """ID of the bulk request."""

    result_url: Optional[str]

    status: Optional[Union[BulkUpsertStatus, str]]

    _spec = (
        ('result_url', 'str'),
        ('status', 'BulkUpsertStatus'),
    )


class BusinessAccessError(Model):
    """BusinessAccessError (component schema `BusinessAccessError`)."""

    code: int

    message: str

    _spec = (
        ('code', 'int', 'required'),
        ('message', 'str', 'required'),
    )


class BusinessAccessRole(Enum):
    """Permission role for business access."""

    OWNER = 'OWNER'
    ADMIN = 'ADMIN'
    ANALYST = 'ANALYST'
    SOS_READER = 'SOS_READER'
    FINANCE_MANAGER = 'FINANCE_MANAGER'
    FINANCE_VIEW = 'FINANCE_VIEW'
    FINANCE_EDIT = 'FINANCE_EDIT'
    AUDIENCE_MANAGER = 'AUDIENCE_MANAGER'
    CAMPAIGN_MANAGER = 'CAMPAIGN_MANAGER'
    CATALOGS_MANAGER = 'CATALOGS_MANAGER'
    RESTRICTED_OWNER = 'RESTRICTED_OWNER'
    PROFILE_MANAGER = 'PROFILE_MANAGER'
    PROFILE_PUBLISHER = 'PROFILE_PUBLISHER'
    RESOURCE_PINNER_LIST_OWNER = 'RESOURCE_PINNER_LIST_OWNER'
    RESOURCE_PINNER_LIST_READER = 'RESOURCE_PINNER_LIST_READER'
    BIZ_PINNER_LIST_SHARER = 'BIZ_PINNER_LIST_SHARER'
    RESOURCE_CONVERSION_TAGS_READER = 'RESOURCE_CONVERSION_TAGS_READER'


class BusinessAccessUserSummary(Model):
    """Metadata of the member/partner that has access to the asset."""

    email: Optional[str]
    """Email of the business member/partner."""

    id: Optional[str]
    """Unique identifier of the business member/partner."""

    username: Optional[str]
    """Username of the business member/partner."""

    _spec = (
        ('email', 'str', 'nullable'),
        ('id', 'str', 'nullable', {'max_length': 20, 'min_length': 1}),
        ('username', 'str', 'nullable'),
    )


class BusinessAccountAudiencesSharedAccountsListResponse(Model):
    """BusinessAccountAudiencesSharedAccountsListResponse (inline schema)."""

    bookmark: Optional[str]

    items: List[SharedAudienceAccount]

    _spec = (
        ('bookmark', 'str', 'nullable'),
        ('items', 'list[SharedAudienceAccount]', 'required'),
    )


class BusinessAssetMembersGetResponse(Model):
    """BusinessAssetMembersGetResponse (inline schema)."""

    bookmark: Optional[str]

    items: List[UserSingleAssetBinding]
    """List of members with permissions to the asset."""

    _spec = (
        ('bookmark', 'str', 'nullable'),
        ('items', 'list[UserSingleAssetBinding]', 'required'),
    )


class BusinessAssetPartnersGetResponse(Model):
    """BusinessAssetPartnersGetResponse (inline schema)."""

    bookmark: Optional[str]

    items: List[UserSingleAssetBinding]
    """List of partners with permissions to the asset."""

    _spec = (
        ('bookmark', 'str', 'nullable'),
        ('items', 'list[UserSingleAssetBinding]', 'required'),
    )


class BusinessAssetsGetResponse(Model):
    """BusinessAssetsGetResponse (inline schema)."""

    bookmark: Optional[str]

    items: List[GetBusinessAssetsResponse]
    """List of assets the requesting business has access to."""

    _spec = (
        ('bookmark', 'str', 'nullable'),
        ('items', 'list[GetBusinessAssetsResponse]', 'required'),
    )


class BusinessMemberAssetsGetResponse(Model):
    """BusinessMemberAssetsGetResponse (inline schema)."""

    bookmark: Optional[str]

    items: List[AssetIdPermissions]
    """List asset permissions the given member was granted."""

    _spec = (
        ('bookmark', 'str', 'nullable'),
        ('items', 'list[AssetIdPermissions]', 'required'),
    )


class BusinessMemberAssetsSummary(Model):
    """Ad accounts and profiles the business member/partner has access to."""

    ad_accounts: Optional[List[BusinessMemberAssetsSummaryAdAccountsItem]]
    """List of ad account IDs and respective permission levels."""

    profiles: Optional[List[BusinessMemberAssetsSummaryProfilesItem]]
    """List of profile IDs and respective permission levels."""

    _spec = (
        ('ad_accounts', 'list[BusinessMemberAssetsSummaryAdAccountsItem]'),
        ('profiles', 'list[BusinessMemberAssetsSummaryProfilesItem]'),
    )


class BusinessMemberAssetsSummaryAdAccountsItem(Model):
    """BusinessMemberAssetsSummaryAdAccountsItem (inline schema)."""

    id: Optional[str]
    """Unique identifier of a business ad account."""

    permissions: Optional[List[str]]
    """Permission levels member or partner has on an asset."""

    _spec = (
        ('id', 'str', '', {'max_length': 20, 'min_length': 1, 'pattern': '^\\d+$'}),
        ('permissions', 'PermissionsResponse'),
    )


class BusinessMemberAssetsSummaryProfilesItem(Model):
    """BusinessMemberAssetsSummaryProfilesItem (inline schema)."""

    id: Optional[str]
    """Unique identifier of a business profile."""

    permissions: Optional[List[str]]
    """Permission levels member or partner has on an asset."""

    _spec = (
        ('id', 'str', '', {'max_length': 20, 'min_length': 1, 'pattern': '^\\d+$'}),
        ('permissions', 'PermissionsResponse'),
    )


class BusinessMembersAssetAccessDeleteRequest(Model):
    """BusinessMembersAssetAccessDeleteRequest (inline schema)."""

    accesses: List[BusinessMembersAssetAccessDeleteRequestAccessesItem]
    """List of members asset access to be deleted"""

    _spec = (
        ('accesses', 'list[BusinessMembersAssetAccessDeleteRequestAccessesItem]', 'required', {'max_items': 100, 'min_items': 1}),
    )


class BusinessMembersAssetAccessDeleteRequestAccessesItem(Model):
    """BusinessMembersAssetAccessDeleteRequestAccessesItem (inline schema)."""

    asset_id: str
    """Id of the asset on which to remove member permissions."""

    member_id: str
    """Unique identifier of the member on which to perform the asset permission removal"""

    _spec = (
        ('asset_id', 'str', 'required', {'max_length': 25, 'pattern': '^\\d+$'}),
        ('member_id', 'str', 'required', {'max_length': 25, 'pattern': '^\\d+$'}),
    )


class BusinessPartnerAssetAccessGetResponse(Model):
    """BusinessPartnerAssetAccessGetResponse (inline schema)."""

    bookmark: Optional[str]

    items: List[GetPartnerAssetsResponse]
    """List assets on which you granted access to your partner or assets on which your partner has granted you access."""

    _spec = (
        ('bookmark', 'str', 'nullable'),
        ('items', 'list[GetPartnerAssetsResponse]', 'required'),
    )


class BusinessRole(Enum):
    """The access level a member/partner has to the business. Values are case-sensitive.
    <br> - EMPLOYEE: Can only view and access assets you assign to them.
    They cannot see details about other employees, partners, or other assets.
    <br> - BIZ_ADMIN: Have full control of roles and can add employees and partners as well as grant asset access.
    <br> - PARTNER: Can only view and access assets you assign them to/or they assign to you.
    """

    EMPLOYEE = 'EMPLOYEE'
    BIZ_ADMIN = 'BIZ_ADMIN'
    PARTNER = 'PARTNER'


class BusinessRoleCheckMode(Enum):
    """Specifies if the partner is internal or external."""

    INTERNAL = 'INTERNAL'
    EXTERNAL = 'EXTERNAL'


class BusinessRoleForMembers(Enum):
    """The access level a member has to the business. Values are case-sensitive.
    <br> - EMPLOYEE: Can only view and access assets you assign to them.
    They cannot see details about other employees, partners, or other assets.
    <br> - BIZ_ADMIN: Have full control of roles and can add employees and partners as well as grant asset access.
    """

    EMPLOYEE = 'EMPLOYEE'
    BIZ_ADMIN = 'BIZ_ADMIN'


class BusinessSharedAudience(Model):
    """BusinessSharedAudience (component schema `BusinessSharedAudience`)."""

    audience_id: str
    """Unique identifier of an audience"""

    operation_type: Union[OperationType, str]
    """Operation type to share a specific audience or revoke access to a previously shared audience"""

    recipient_business_ids: List[str]
    """List of business IDs to share with or revoke from."""

    _spec = (
        ('audience_id', 'str', 'required', {'pattern': '^\\d+$'}),
        ('operation_type', 'OperationType', 'required'),
        ('recipient_business_ids', 'list[str]', 'required', {'items': {'pattern': '^\\d+$'}}),
    )


class BusinessSharedAudienceResponse(Model):
    """BusinessSharedAudienceResponse (component schema `BusinessSharedAudienceResponse`)."""

    audience_id: Optional[str]
    """Audience ID that was shared"""

    permissions: Optional[List[Union[Role, str]]]

    recipient_business_ids: Optional[List[str]]
    """Business IDs that received the audience"""

    _spec = (
        ('audience_id', 'str'),
        ('permissions', 'list[Role]'),
        ('recipient_business_ids', 'list[str]'),
    )


# Aliases (the spec gives these names to an existing type).
BidInMicroCurrency = int
"""Bid price in micro currency. A value of 0 will stop distribution for this item in `MAX_BID` ad groups in `CATALOG_SALES` campaigns. A value of `null` will fallback to the ad group's `bid_in_micro_currency`."""

BusinessRoleResponse = str
"""The access level a member/partner has to the business. Values are case-sensitive.
<br> - EMPLOYEE: Can only view and access assets you assign to them.
They cannot see details about other employees, partners, or other assets.
<br> - BIZ_ADMIN: Have full control of roles and can add employees or external partners as well as grant asset access.
<br> - PARTNER: Can only view and access assets you assign them to/or they assign to you.
"""
